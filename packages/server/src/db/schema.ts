// Row types of every table, for Kysely. Dates of the person's calendar are `YYYY-MM-DD` strings
// (`localDate`), instants are Date (`…At`). The SQL that creates them is in migrations/.
import type { Action, Mode, Zone } from '@steadily/core';
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | undefined, Date>;
/** jsonb: read as parsed JSON, written as a JSON string (see db/json.ts). */
type Json<T> = ColumnType<T, string, string>;

export type Role = 'patient' | 'clinician';

export interface AccountTable {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  role: Role;
  is_admin: Generated<boolean>;
  disabled_at: Date | null;
  time_zone: string;
  locale: Generated<string>;
  text_size: Generated<'normal' | 'large' | 'larger'>;
  low_energy: Generated<boolean>;
  created_at: CreatedAt;
}

export interface AuthSessionTable {
  id: string;
  account_id: string;
  token_hash: string;
  created_at: CreatedAt;
  last_seen_at: Date;
  expires_at: Date;
  user_agent: string | null;
}

export interface InvitationTable {
  id: string;
  code_hash: string;
  kind: Role;
  created_by: string;
  email: string | null;
  expires_at: Date;
  accepted_at: Date | null;
  accepted_by: string | null;
  revoked_at: Date | null;
  created_at: CreatedAt;
}

export interface CareLinkTable {
  clinician_id: string;
  patient_id: string;
  invitation_id: string | null;
  created_at: CreatedAt;
}

export interface PatientTable {
  id: string;
  conditions: Json<string[]>;
  presets: Json<string[]>;
  thresholds: Json<Record<string, unknown>>;
  reference_morning_pain: number | null;
  screening: Json<unknown> | null;
  screening_status: 'clear' | 'needs_clearance' | 'stopped' | null;
  pacing: Generated<boolean>;
  clearance: Json<unknown> | null;
  flare_plan: string | null;
  mode: Mode | null;
  flags: Json<string[]>;
  risk_rank: Generated<number>;
  updated_at: UpdatedAt;
}

export interface ProgrammeTable {
  id: string;
  patient_id: string;
  status: 'draft' | 'active' | 'ended';
  start_date: string | null;
  profile: Json<unknown> | null;
  flare_plan: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  started_at: Date | null;
  ended_at: Date | null;
  /** The dosing model in force (after the latest `set_dosing` event); issue 11. */
  dosing: Generated<'classic' | 'personal'>;
  rules_version: Generated<number>;
  /** When the person closed the notice of the release switch to "personal" (shown once). */
  dosing_notice_seen_at: Generated<Date | null>;
}

export interface ProgrammeExerciseTable {
  id: string;
  programme_id: string;
  position: number;
  name: string;
  instructions: string;
  unit: 'minutes' | 'seconds' | 'reps';
  step: number;
  max_quota: number | null;
  per_week: number;
  library_exercise_id: string | null;
  removed_at: Date | null;
  /** The clinician's prescription beside the quota (0015): sets, load in kg, rest between sets. */
  sets: number | null;
  load_kg: number | null;
  rest_seconds: number | null;
}

export interface BaselineTrialTable {
  id: string;
  exercise_id: string;
  local_date: string;
  value: number;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface EngineEventTable {
  id: string;
  patient_id: string;
  programme_id: string | null;
  local_date: string;
  day: number | null;
  type: string;
  rank: number;
  seq: Generated<number>;
  exercise_id: string | null;
  payload: Json<Record<string, unknown>>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
}

export interface EngineStateTable {
  programme_id: string;
  patient_id: string;
  snapshot: Json<unknown>;
  view: Json<unknown>;
  last_day: number;
  updated_at: UpdatedAt;
}

export interface EngineCheckpointTable {
  programme_id: string;
  day: number;
  snapshot: Json<unknown>;
}

export interface DecisionTable {
  id: Generated<number>;
  programme_id: string;
  patient_id: string;
  day: number;
  local_date: string;
  exercise_id: string;
  zone: Zone | null;
  action: Action;
  quota: number;
  previous_quota: number;
  reason: string;
  reason_code: string;
  reason_params: Json<Record<string, string | number>>;
  inputs: Json<Record<string, unknown>>;
  event_id: string | null;
  event_rank: number;
  event_seq: number;
  position: number;
  decided_at: CreatedAt;
}

export interface NoticeTable {
  id: Generated<number>;
  programme_id: string;
  patient_id: string;
  day: number;
  local_date: string;
  kind: string;
  payload: Json<Record<string, unknown>>;
  alert_key: string | null;
  event_id: string | null;
  position: number;
  created_at: CreatedAt;
}

export interface AlertAckTable {
  programme_id: string;
  alert_key: string;
  acknowledged_by: string | null;
  acknowledged_at: CreatedAt;
}

export interface MeasureTable {
  id: string;
  patient_id: string;
  instrument: 'PEG' | 'PSEQ' | 'PSFS' | 'PHQ2';
  week: number;
  local_date: string;
  items: Json<unknown>;
  total: number;
  created_by: string | null;
  created_at: CreatedAt;
  /** A PHQ-2 of 3 or more is an alert until a clinician acknowledges it here. */
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
}

export interface NoteTable {
  id: string;
  patient_id: string;
  author_id: string | null;
  text: string;
  created_at: CreatedAt;
}

export interface ReminderSettingTable {
  patient_id: string;
  times: Json<string[]>;
  updated_at: UpdatedAt;
}

export interface ServerKeyTable {
  name: string;
  value: Json<unknown>;
  created_at: CreatedAt;
}

export interface RateLimitTable {
  key: string;
  hits: number;
  window_ends_at: Date;
}

export interface CalendarFeedTable {
  patient_id: string;
  token_hash: string;
  created_at: CreatedAt;
}

export interface PushSubscriptionTable {
  id: string;
  account_id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  created_at: CreatedAt;
  last_sent_at: Date | null;
}

export interface LibraryExerciseTable {
  /** core's id for a built-in exercise; a UUID for a clinician's own. */
  id: string;
  /** null: built in; otherwise the clinician who added it. */
  owner_id: string | null;
  /** Text by language (`en`, `es`); a clinician's own exercise has the language they wrote it in. */
  name: Json<Record<string, string>>;
  instructions: Json<Record<string, string>>;
  unit: 'minutes' | 'seconds' | 'reps';
  step: number;
  max_quota: number;
  modality: 'aerobic' | 'strength' | 'flexibility' | 'balance';
  region:
    | 'back'
    | 'neck'
    | 'knee'
    | 'hip'
    | 'shoulder'
    | 'whole_body'
    | 'ankle_foot'
    | 'elbow'
    | 'wrist_hand'
    | 'thoracic';
  per_week_default: number;
  easier_id: string | null;
  harder_id: string | null;
  illustration: string | null;
  media_url: string | null;
  created_at: CreatedAt;
  archived_at: Date | null;
}

/** What the caseload ranks a person by, refreshed with every write to their record. */
export interface CaseloadFactsTable {
  patient_id: string;
  programme_id: string | null;
  start_date: string | null;
  has_draft: boolean;
  paused: Json<string[]> | null;
  open_flare_start_day: number | null;
  open_alerts: string[];
  week_worse_day: number | null;
  session_dates: string[];
  per_week: number;
  refreshed_at: Date;
  plateau_holds: boolean | null;
}

export interface IdempotencyKeyTable {
  request_id: string;
  account_id: string;
  route: string;
  status_code: number;
  response: Json<unknown>;
  created_at: CreatedAt;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: CreatedAt;
  actor_id: string | null;
  patient_id: string | null;
  action: string;
  route: string;
}

export interface DB {
  account: AccountTable;
  auth_session: AuthSessionTable;
  invitation: InvitationTable;
  care_link: CareLinkTable;
  patient: PatientTable;
  programme: ProgrammeTable;
  programme_exercise: ProgrammeExerciseTable;
  baseline_trial: BaselineTrialTable;
  engine_event: EngineEventTable;
  engine_state: EngineStateTable;
  engine_checkpoint: EngineCheckpointTable;
  decision: DecisionTable;
  notice: NoticeTable;
  alert_ack: AlertAckTable;
  measure: MeasureTable;
  note: NoteTable;
  reminder_setting: ReminderSettingTable;
  server_key: ServerKeyTable;
  push_subscription: PushSubscriptionTable;
  calendar_feed: CalendarFeedTable;
  rate_limit: RateLimitTable;
  library_exercise: LibraryExerciseTable;
  caseload_facts: CaseloadFactsTable;
  idempotency_key: IdempotencyKeyTable;
  audit_log: AuditLogTable;
}

export type AccountRow = Selectable<AccountTable>;
export type ProgrammeRow = Selectable<ProgrammeTable>;
export type ExerciseRow = Selectable<ProgrammeExerciseTable>;
export type EventRow = Selectable<EngineEventTable>;
export type DecisionRow = Selectable<DecisionTable>;
export type NewDecision = Insertable<DecisionTable>;
export type NoticeRow = Selectable<NoticeTable>;
export type NewNotice = Insertable<NoticeTable>;
