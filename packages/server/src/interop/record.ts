// One person's record as plain data: the single input of every export in interop/ (FHIR, PDF, CSV,
// iCalendar). The server maps its rows to it; nothing here knows about the database or HTTP.
import type {
  Action,
  ConditionId,
  DosingModel,
  MeasureKind,
  Modality,
  PresetId,
  ReasonCode,
  ReasonParams,
  Unit,
  Zone,
} from '@steadily/core';

export interface PersonRecord {
  patient: RecordPatient;
  /** The programme the export is about (the active one, or the latest); null before one exists. */
  programme: RecordProgramme | null;
  sessions: RecordSession[];
  /** Morning check-ins: one pain answer (0–10) a day. */
  checkIns: RecordCheckIn[];
  measures: RecordMeasure[];
  flares: RecordFlare[];
  decisions: RecordDecision[];
  notes: RecordNote[];
  /** The person's clinicians (care links, oldest first); empty for self-guided use; absent when unknown. */
  clinicians?: RecordPerson[];
}

/** An account named in the record: a clinician, or the person themself. */
export interface RecordPerson {
  id: string;
  name: string | null;
  role: 'patient' | 'clinician';
}

export interface RecordPatient {
  id: string;
  displayName: string | null;
  birthYear: number | null;
  /** IANA time zone; local dates below are calendar dates there. */
  timeZone: string;
  /** The conditions the person lives with (they choose the presets, SPEC §9); absent when unknown. */
  conditions?: ConditionId[];
  /** The presets in force (SPEC §9): the programme's model. */
  presets?: PresetId[];
}

export interface RecordProgramme {
  id: string;
  status: 'draft' | 'active' | 'ended';
  /** `YYYY-MM-DD`, day 1 of the programme; null while a draft. */
  startDate: string | null;
  endDate: string | null;
  flarePlan: string | null;
  exercises: RecordExercise[];
  /** Who built the programme: a clinician, or the person (self-guided); absent or null when unknown. */
  createdBy?: RecordPerson | null;
  /** The dosing model the programme runs now (issue 11, docs/dosing.md); absent: classic. */
  dosing?: DosingModel;
}

export interface RecordExercise {
  id: string;
  name: string;
  unit: Unit;
  step: number;
  maxQuota: number | null;
  modality: Modality | null;
  /** Planned sessions a week. */
  perWeek: number;
  libraryExerciseId: string | null;
  /** Mean of the baseline tolerance trials, in `unit`; null when none were recorded. */
  baseline: number | null;
  /** Set when a clinician removed the exercise from the running programme. */
  removedOn: string | null;
  /** The clinician's prescription beside the quota (core/prescription.ts); null: not set. */
  sets: number | null;
  loadKg: number | null;
  restSeconds: number | null;
}

export interface RecordSession {
  id: string;
  localDate: string;
  exerciseId: string;
  /** Amount done in the exercise's unit ("quota" already resolved to the quota in force). */
  done: number;
  /** Pain 0–10: peak during, about an hour after (may be missing), before (optional). */
  peak: number;
  after: number | null;
  before: number | null;
  /** Effort 0–10 (talk test), optional. */
  effort: number | null;
  note: string | null;
}

export interface RecordCheckIn {
  id: string;
  localDate: string;
  pain: number;
}

export interface RecordMeasure {
  id: string;
  kind: MeasureKind;
  /** Programme week the measure belongs to (0, 6 or 12), when known. */
  week: number | null;
  localDate: string;
  /** Item answers in the instrument's order (PSFS: one score per activity). */
  items: number[];
  /** PSFS only: the person's activities, in the order of `items`. */
  labels?: string[];
  /** PEG and PSFS: mean 0–10; PSEQ: total 0–60; PHQ-2: total 0–6. */
  score: number;
  /** Who entered it: the person, or a clinician on their behalf; absent or null when unknown. */
  enteredBy?: RecordPerson | null;
}

export interface RecordFlare {
  startDate: string;
  /** Null while the flare is still open. */
  endDate: string | null;
}

export interface RecordDecision {
  id: string;
  localDate: string;
  exerciseId: string;
  action: Action;
  zone: Zone | null;
  /** The quota in force after the decision, and the one before it. */
  quota: number;
  previousQuota: number;
  /** The plain-language reason the person read (English). */
  reason: string;
  /** The reason's code and parameters, to render it in another language (core's renderReason). */
  reasonCode?: ReasonCode;
  reasonParams?: ReasonParams;
  inputs: Record<string, number | string | boolean | null>;
  /** ISO 8601 instant the decision was stored. */
  createdAt: string;
  /** The dosing model and rules version it was made under, e.g. "personal/2" (issue 11). */
  dosing?: string;
}

export interface RecordNote {
  id: string;
  /** ISO 8601 instant. */
  createdAt: string;
  authorName: string | null;
  text: string;
}

/** Actions that put a new quota in force (a new dose); the others keep the dose. */
export const DOSE_ACTIONS: ReadonlySet<Action> = new Set([
  'start',
  'progress',
  'step_back',
  'flare',
  'rebuild',
  'set',
]);

/** Sort key for local dates and instants alike (ISO strings sort as text). */
export function byDate<T extends { localDate: string }>(a: T, b: T): number {
  return a.localDate < b.localDate ? -1 : a.localDate > b.localDate ? 1 : 0;
}

/** The quota in force for an exercise on a date: that of its last decision on or before the date. */
export function quotaOn(record: PersonRecord, exerciseId: string, localDate: string): number | null {
  return (
    record.decisions.findLast((d) => d.exerciseId === exerciseId && d.localDate <= localDate)?.quota ?? null
  );
}
