// The engine's vocabulary, in SPEC's words. Plain data only: everything here survives JSON.

export type Unit = 'minutes' | 'seconds' | 'reps';
export type Zone = 'GREEN' | 'AMBER' | 'RED';
/** `set` only comes from a clinician's (or, in pacing, the person's) own change, never from a scenario. */
export type Action =
  | 'start'
  | 'progress'
  | 'hold'
  | 'step_back'
  | 'flare'
  | 'rebuild'
  | 'pause'
  | 'stop'
  | 'set';
export type Mode = 'normal' | 'flare' | 'pacing' | 'needs_clearance' | 'stopped';
export type Flag =
  | 'boom_bust'
  | 'plateau'
  | 'flare_prolonged'
  | 'flares_frequent'
  | 'week_worse'
  | 'red_flag'
  | 'safety_stop';

/** Which dosing rules a programme runs: SPEC as written, or the personal response model (docs/dosing.md). */
export type DosingModel = 'classic' | 'personal';
/** 1 = the rules before issue 11; 2 = with the one-decision-per-exercise-day fix. */
export const RULES_VERSION = 2;

export type PresetId = 'default' | 'fibromyalgia' | 'tendinopathy' | 'osteoarthritis' | 'mecfs';

export const RED_FLAG_IDS = [
  'saddle_numbness',
  'bladder_bowel',
  'both_legs',
  'progressive_weakness',
  'cancer_history',
  'weight_loss',
  'fever',
  'trauma',
  'night_pain',
  'severe_headache',
  'brain_signs',
] as const;
export type RedFlagId = (typeof RED_FLAG_IDS)[number];

export const URGENT_SYMPTOMS = ['chest_pain', 'fainting', 'breathlessness', 'palpitations'] as const;
export const PAUSING_SYMPTOMS = ['numbness_weakness', 'joint_locking', 'sharp_new_pain'] as const;
export type UrgentSymptom = (typeof URGENT_SYMPTOMS)[number];
export type PausingSymptom = (typeof PAUSING_SYMPTOMS)[number];
export type SafetySymptom = UrgentSymptom | PausingSymptom;

/** Every clinical number of SPEC §14, as data a clinician can change per person. */
export interface Thresholds {
  ceiling: number;
  rise: number;
  hardCeiling: number;
  startPct: number;
  progressPct: number;
  greensToProgress: number;
  stepBack: number;
  capFactor: number;
  capDays: number;
  amberBelowPct: number;
  amberAbovePct: number;
  flareFactors: number[];
  // The personal model's own numbers (docs/dosing.md); classic ignores them.
  /** Prior day-to-day spread of morning pain (SD, points) until the person's own mornings say more. */
  noisePrior: number;
  /** A morning is "bad" when it is this many of the person's SDs above R (and at least 2 points). */
  noiseBand: number;
  /** Prior rise in pain (points) for a load 10 % above what was tolerated: cautious until data come. */
  responsePrior: number;
  /** Below this rise per 10 %, pain "does not respond to load" and the time-contingent floor runs. */
  responseFlat: number;
  /** A bad morning counts against the dose only within this many days of an increase. */
  changeDays: number;
  /** While pain does not respond to load, at least one step up every this many days (Lindström 1992). */
  floorDays: number;
}

export interface ExercisePlan {
  id: string;
  /** Shown in reasons; defaults to the id. */
  name?: string;
  unit: Unit;
  /** 1 to 3 tolerance trials (> 0); the starting quota is startPct of their mean. */
  baseline: number[];
  step?: number;
  maxQuota?: number;
  /** Planned sessions a week (default 5). */
  perWeek?: number;
}

export interface Screening {
  /** The 7 PAR-Q+ answers after any follow-up questions; any true → needs_clearance. */
  clearance?: boolean[];
  redFlags?: RedFlagId[];
  /** Post-exertional malaise: true → pacing mode and the mecfs preset. */
  pem?: boolean;
}

export interface Profile {
  /** Default 'classic'. */
  dosing?: DosingModel;
  /** Default RULES_VERSION. Stored programmes made before this change pass 1. */
  rulesVersion?: number;
  /** Presets of §9; several → the most cautious value of each column wins. Default ['default']. */
  presets?: PresetId[];
  /** Overrides applied on top of the presets. */
  thresholds?: Partial<Thresholds>;
  screening?: Screening;
  referenceMorningPain: number;
  exercises: ExercisePlan[];
}

// ── Events ────────────────────────────────────────────────────────────────────────────────────
// `day` is the person's local calendar day, 1 = the first day of the programme.

export interface MorningEvent {
  day: number;
  type: 'morning';
  pain: number;
}
export interface ClearanceEvent {
  day: number;
  type: 'clearance';
}
export interface FlareEvent {
  day: number;
  type: 'flare';
}
export interface CrashEvent {
  day: number;
  type: 'crash';
}
export interface SymptomEvent {
  day: number;
  type: 'symptom';
  symptom: SafetySymptom;
  exercise?: string;
}
export interface SessionEvent {
  day: number;
  type: 'session';
  exercise: string;
  done: number | 'quota';
  peak: number;
  /** Pain about an hour after; may be missing when logged (the server replays once it comes). */
  after?: number;
  before?: number;
  effort?: number;
  note?: string;
  symptom?: SafetySymptom;
}

/** Beyond the scenario contract: events the server produces. */
export interface TickEvent {
  /** The passage of time with nothing logged: lets waiting sessions time out (§5). */
  day: number;
  type: 'tick';
}
export interface RedFlagEvent {
  day: number;
  type: 'red_flag';
  redFlags: RedFlagId[];
}
export interface ResumeEvent {
  /** A clinician resumes a stopped programme (no exercise) or one paused exercise. */
  day: number;
  type: 'resume';
  exercise?: string;
}
export interface SetQuotaEvent {
  /** A clinician (or, in pacing mode, the person) sets a quota. */
  day: number;
  type: 'set_quota';
  exercise: string;
  quota: number;
}
export interface SetThresholdsEvent {
  day: number;
  type: 'set_thresholds';
  thresholds: Partial<Thresholds>;
}
export interface SetPresetsEvent {
  /** Conditions changed, or a new PEM answer: presets, pacing and thresholds are derived again. */
  day: number;
  type: 'set_presets';
  presets: PresetId[];
  pem?: boolean;
}
export interface EndFlareEvent {
  /** A clinician ends a flare after assessment: back to the pre-flare quotas at once. */
  day: number;
  type: 'end_flare';
}
export interface AddExerciseEvent {
  /** A clinician adds an exercise to a running programme: it starts at its starting quota. */
  day: number;
  type: 'add_exercise';
  exercise: ExercisePlan;
}
export interface RemoveExerciseEvent {
  day: number;
  type: 'remove_exercise';
  exercise: string;
}

export interface SetDosingEvent {
  /** A clinician (or the dated switch when issue 11 shipped) changes the dosing model from this day on. */
  day: number;
  type: 'set_dosing';
  dosing: DosingModel;
  rulesVersion?: number;
}

export type ScenarioEvent =
  | MorningEvent
  | ClearanceEvent
  | FlareEvent
  | CrashEvent
  | SymptomEvent
  | SessionEvent;
export type EngineEvent =
  | ScenarioEvent
  | TickEvent
  | RedFlagEvent
  | ResumeEvent
  | SetQuotaEvent
  | SetThresholdsEvent
  | SetPresetsEvent
  | EndFlareEvent
  | AddExerciseEvent
  | RemoveExerciseEvent
  | SetDosingEvent;
export type EventType = EngineEvent['type'];

// ── Outputs ───────────────────────────────────────────────────────────────────────────────────

export interface Decision {
  day: number;
  exercise: string;
  zone: Zone | null;
  action: Action;
  /** The quota in force after this decision. */
  quota: number;
  previousQuota: number;
  /** Plain-language reason in English; `reasonCode` + `reasonParams` render it in other languages. */
  reason: string;
  reasonCode: ReasonCode;
  reasonParams: ReasonParams;
  /** The inputs that produced it (pain values, reference, limit, streak, caps…, and `dosing`: the model). */
  inputs: Record<string, number | string | boolean | null>;
}

export type ReasonParams = Record<string, string | number>;

export type ReasonCode =
  | 'start'
  | 'start_after_clearance'
  | 'progress'
  | 'hold_green_streak'
  | 'hold_amber_pain'
  | 'hold_amber_morning'
  | 'hold_amber_less'
  | 'hold_amber_more'
  | 'hold_timeout'
  | 'hold_pacing'
  | 'hold_week_worse'
  | 'hold_cap_growth'
  | 'hold_cap_max'
  | 'step_back_pain'
  | 'step_back_morning'
  | 'step_back_crash'
  | 'flare'
  | 'rebuild'
  | 'rebuild_done'
  | 'flare_ended_by_clinician'
  | 'pause_symptom'
  | 'stop_symptom'
  | 'stop_red_flag'
  | 'resume'
  | 'set_by_clinician'
  | 'hold_noise'
  | 'hold_watch'
  | 'hold_response'
  | 'step_back_undo'
  | 'step_back_one'
  | 'progress_floor'
  | 'hold_red_day'
  | 'step_back_load'
  | 'hold_settle';

/** Something to tell the person or their clinician that is not a dose change. */
export type Notice =
  | { kind: 'urgent_care'; day: number; cause: SafetySymptom | RedFlagId }
  | { kind: 'clinician_alert'; day: number; cause: SafetySymptom | RedFlagId | Flag; exercise?: string }
  | { kind: 'ask_red_flags_again'; day: number }
  | { kind: 'ask_how_you_are'; day: number }
  | { kind: 'flare_started'; day: number; trigger: 'person' | 'mornings' }
  | { kind: 'flare_ended'; day: number; startDay: number }
  | { kind: 'boom'; day: number; activeMinutes: number }
  | { kind: 'plateau'; day: number };

export interface FlareRecord {
  startDay: number;
  endDay: number | null;
}

export interface StepResult {
  decisions: Decision[];
  flagsRaised: Flag[];
  notices: Notice[];
  /** A flare that began or closed during this step. */
  flareStarted?: FlareRecord;
  flareEnded?: FlareRecord;
}

/** What the app shows now: derived from the state, cheap to compute. */
export interface EngineView {
  mode: Mode;
  quotas: Record<string, number>;
  paused: string[];
  flags: Flag[];
  openFlare: FlareRecord | null;
  flareFactor: number | null;
  /** During a flare, each exercise's quota just before it (the level the person has reached). */
  quotasBeforeFlare: Record<string, number> | null;
  /** Days with sessions still waiting for their next-morning answer (at most two). */
  waitingDays: number[];
  lastDay: number;
  dosing: DosingModel;
  rulesVersion: number;
  /** What the personal model has learned; null under 'classic'. */
  learned: LearnedModel | null;
}

export interface LearnedResponse {
  exercise: string;
  /** Estimated rise in pain (0–10 points) for a load 10 % above what was recently tolerated. */
  responsePer10Pct: number;
  /** ~80 % uncertainty interval of that estimate. */
  responseLow: number;
  responseHigh: number;
  /** Sessions the estimate rests on (0 = the prior alone). */
  observations: number;
  /** The load recently tolerated, in the exercise's unit. */
  toleratedQuota: number;
}

export interface LearnedModel {
  /** Typical day-to-day variation of morning pain (standard deviation, points), shrunk to a prior. */
  noiseSd: number;
  noiseLow: number;
  noiseHigh: number;
  /** Morning answers the estimate rests on. */
  mornings: number;
  exercises: Record<string, LearnedResponse>;
}
