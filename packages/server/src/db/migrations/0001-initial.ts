// The first schema: accounts and sessions, care links, the person's record, programmes, the engine's
// event log with its state, checkpoints and outputs, measures, notes, idempotency and the audit log.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table account (
      id uuid primary key,
      email text not null,
      password_hash text not null,
      display_name text not null,
      role text not null check (role in ('patient', 'clinician')),
      is_admin boolean not null default false,
      disabled_at timestamptz,
      time_zone text not null,
      locale text not null default 'en',
      created_at timestamptz not null default now()
    );
    create unique index account_email_key on account (email);

    create table auth_session (
      id uuid primary key,
      account_id uuid not null references account on delete cascade,
      token_hash text not null unique,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null,
      expires_at timestamptz not null,
      user_agent text
    );
    create index auth_session_account on auth_session (account_id);

    create table invitation (
      id uuid primary key,
      code_hash text not null unique,
      kind text not null check (kind in ('patient', 'clinician')),
      created_by uuid not null references account on delete cascade,
      email text,
      expires_at timestamptz not null,
      accepted_at timestamptz,
      accepted_by uuid references account on delete set null,
      revoked_at timestamptz,
      created_at timestamptz not null default now()
    );
    create index invitation_created_by on invitation (created_by);

    create table care_link (
      clinician_id uuid not null references account on delete cascade,
      patient_id uuid not null references account on delete cascade,
      invitation_id uuid references invitation on delete set null,
      created_at timestamptz not null default now(),
      primary key (clinician_id, patient_id)
    );
    create index care_link_patient on care_link (patient_id);

    create table patient (
      id uuid primary key references account on delete cascade,
      conditions jsonb not null default '[]',
      presets jsonb not null default '["default"]',
      thresholds jsonb not null default '{}',
      reference_morning_pain double precision,
      screening jsonb,
      screening_status text check (screening_status in ('clear', 'needs_clearance', 'stopped')),
      pacing boolean not null default false,
      clearance jsonb,
      flare_plan text,
      mode text,
      flags jsonb not null default '[]',
      risk_rank integer not null default 99,
      updated_at timestamptz not null default now()
    );
    create index patient_risk on patient (risk_rank, id);

    create table programme (
      id uuid primary key,
      patient_id uuid not null references patient on delete cascade,
      status text not null check (status in ('draft', 'active', 'ended')),
      start_date date,
      profile jsonb,
      flare_plan text,
      created_by uuid references account on delete set null,
      created_at timestamptz not null default now(),
      started_at timestamptz,
      ended_at timestamptz
    );
    create unique index programme_one_draft on programme (patient_id) where status = 'draft';
    create unique index programme_one_active on programme (patient_id) where status = 'active';

    create table programme_exercise (
      id uuid primary key,
      programme_id uuid not null references programme on delete cascade,
      position integer not null,
      name text not null,
      instructions text not null default '',
      unit text not null check (unit in ('minutes', 'seconds', 'reps')),
      step double precision not null check (step > 0),
      max_quota double precision,
      per_week integer not null,
      library_exercise_id uuid,
      removed_at timestamptz
    );
    create index programme_exercise_programme on programme_exercise (programme_id, position);

    create table baseline_trial (
      id uuid primary key,
      exercise_id uuid not null references programme_exercise on delete cascade,
      local_date date not null,
      value double precision not null check (value > 0),
      created_by uuid references account on delete set null,
      created_at timestamptz not null default now()
    );
    create index baseline_trial_exercise on baseline_trial (exercise_id);

    create table engine_event (
      id uuid primary key,
      patient_id uuid not null references patient on delete cascade,
      programme_id uuid references programme on delete cascade,
      local_date date not null,
      day integer,
      type text not null,
      rank integer not null,
      seq bigint generated always as identity,
      exercise_id uuid,
      payload jsonb not null,
      created_by uuid references account on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index engine_event_replay on engine_event (programme_id, day, rank, seq);
    create index engine_event_patient_date on engine_event (patient_id, local_date);
    create unique index engine_event_one_morning on engine_event (patient_id, local_date) where type = 'morning';

    create table engine_state (
      programme_id uuid primary key references programme on delete cascade,
      patient_id uuid not null references patient on delete cascade,
      snapshot jsonb not null,
      view jsonb not null,
      last_day integer not null,
      updated_at timestamptz not null default now()
    );

    create table engine_checkpoint (
      programme_id uuid not null references programme on delete cascade,
      day integer not null,
      snapshot jsonb not null,
      primary key (programme_id, day)
    );

    create table decision (
      id bigint generated always as identity primary key,
      programme_id uuid not null references programme on delete cascade,
      patient_id uuid not null references patient on delete cascade,
      day integer not null,
      local_date date not null,
      exercise_id uuid not null,
      zone text,
      action text not null,
      quota double precision not null,
      previous_quota double precision not null,
      reason text not null,
      reason_code text not null,
      reason_params jsonb not null,
      inputs jsonb not null,
      event_id uuid,
      event_rank integer not null,
      event_seq bigint not null,
      position integer not null,
      decided_at timestamptz not null default now()
    );
    create index decision_timeline on decision (programme_id, day, event_rank, event_seq, position);
    create index decision_patient_exercise on decision (patient_id, exercise_id, day);

    create table notice (
      id bigint generated always as identity primary key,
      programme_id uuid not null references programme on delete cascade,
      patient_id uuid not null references patient on delete cascade,
      day integer not null,
      local_date date not null,
      kind text not null,
      payload jsonb not null,
      alert_key text,
      event_id uuid,
      position integer not null,
      created_at timestamptz not null default now()
    );
    create index notice_programme_day on notice (programme_id, day);
    create index notice_alerts on notice (patient_id) where alert_key is not null;

    create table alert_ack (
      programme_id uuid not null references programme on delete cascade,
      alert_key text not null,
      acknowledged_by uuid references account on delete set null,
      acknowledged_at timestamptz not null default now(),
      primary key (programme_id, alert_key)
    );

    create table measure (
      id uuid primary key,
      patient_id uuid not null references patient on delete cascade,
      instrument text not null check (instrument in ('PEG', 'PSEQ', 'PSFS', 'PHQ2')),
      week integer not null check (week in (0, 6, 12)),
      local_date date not null,
      items jsonb not null,
      total double precision not null,
      created_by uuid references account on delete set null,
      created_at timestamptz not null default now(),
      unique (patient_id, instrument, week)
    );

    create table note (
      id uuid primary key,
      patient_id uuid not null references patient on delete cascade,
      author_id uuid references account on delete set null,
      text text not null,
      created_at timestamptz not null default now()
    );
    create index note_patient on note (patient_id, created_at);

    create table reminder_setting (
      patient_id uuid primary key references patient on delete cascade,
      times jsonb not null,
      updated_at timestamptz not null default now()
    );

    create table idempotency_key (
      request_id uuid primary key,
      account_id uuid not null references account on delete cascade,
      route text not null,
      status_code integer not null,
      response jsonb not null,
      created_at timestamptz not null default now()
    );

    -- Append-only: who read or changed which person's record. Ids are kept as plain values (no foreign
    -- key) so the trail outlives a deleted account; the trigger refuses every UPDATE and DELETE.
    create table audit_log (
      id bigint generated always as identity primary key,
      at timestamptz not null default now(),
      actor_id uuid,
      patient_id uuid,
      action text not null,
      route text not null
    );
    create index audit_log_patient on audit_log (patient_id, at);
    create index audit_log_at on audit_log (at);

    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end;
    $$;
    create trigger audit_log_no_change before update or delete on audit_log
      for each row execute function audit_log_append_only();
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only();
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop table if exists audit_log, idempotency_key, reminder_setting, note, measure, alert_ack, notice,
      decision, engine_checkpoint, engine_state, engine_event, baseline_trial, programme_exercise,
      programme, patient, care_link, invitation, auth_session, account cascade;
    drop function if exists audit_log_append_only();
  `,
  );
}
