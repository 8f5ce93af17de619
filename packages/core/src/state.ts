// The engine's state: plain JSON, bounded in size (only the recent days any rule looks back on),
// so storing it after every event costs the same at day 5 and at year 5.

import type { PersonalExercise, PersonalProgramme } from './personal/model.ts';
import type { DosingModel, Flag, PresetId, Thresholds, Unit } from './types.ts';
import type { Classification } from './zones.ts';

export const STATE_VERSION = 1;

export interface QuotaRecord {
  day: number;
  steps: number;
  /** Set during flare mode: such quotas never count as "lowest" for the 14-day cap. */
  flare: boolean;
}

export interface ExerciseState {
  id: string;
  name: string;
  unit: Unit;
  step: number;
  maxSteps: number | null;
  perWeek: number;
  baselineMean: number;
  startSteps: number;
  /** The quota in force, in steps. */
  steps: number;
  paused: boolean;
  greenStreak: number;
  history: QuotaRecord[];
  /** The day whose exercise-day already drove the rules through an immediate RED. */
  decidedDay: number | null;
  lastSessionDay: number | null;
  /** What the personal model learned about this exercise (absent under classic). */
  personal?: PersonalExercise;
}

export interface PendingSession {
  day: number;
  exercise: string;
  provisional: Classification;
  /** R for the session's day. */
  reference: number;
  inputs: Record<string, number | string | null>;
}

export interface MorningRecord {
  day: number;
  pain: number;
  /** R for this morning's own day. */
  reference: number;
}

export interface DayRecord {
  day: number;
  sessions: number;
  activeMinutes: number;
  /** The quotas in force at the day's minute and second sessions, in minutes. */
  plannedMinutes: number;
  /** "personal": Σ done ÷ quota over the day's sessions, so booms are seen in every unit (reps too). */
  load?: number;
  red: boolean;
  symptom: boolean;
}

export interface OpenFlare {
  startDay: number;
  /** Index into flareFactors; past its end the factor is 1.0 and the flare ends. */
  factorIndex: number;
  goodDays: number;
  preFlareSteps: Record<string, number>;
}

export interface EngineState {
  version: typeof STATE_VERSION;
  referenceMorningPain: number;
  /** Presets in force (with `mecfs` when PEM) and the clinician's overrides; thresholds derive from both. */
  presets: PresetId[];
  overrides: Partial<Thresholds>;
  thresholds: Thresholds;
  pem: boolean;
  pacing: boolean;
  needsClearance: boolean;
  stopped: boolean;
  started: boolean;
  flags: Flag[];
  lastDay: number;
  lastRank: number;
  order: string[];
  exercises: Record<string, ExerciseState>;
  mornings: MorningRecord[];
  pending: PendingSession[];
  days: DayRecord[];
  flare: OpenFlare | null;
  recentFlareStarts: number[];
  weekBlockUntil: number | null;
  firstSessionDay: number | null;
  plateauBase: { sum: number; count: number };
  booms: { day: number; busted: boolean }[];
  cycleDays: number[];
  /** Boom checks have run for every day up to here. */
  closedThrough: number;
  /** Absent in snapshots made before issue 11: those resume as classic, rules version 1. */
  dosing?: DosingModel;
  rulesVersion?: number;
  /** The personal model's programme-wide learning (absent under classic). */
  personal?: PersonalProgramme;
}

export function dosingOf(state: EngineState): DosingModel {
  return state.dosing ?? 'classic';
}

export function rulesVersionOf(state: EngineState): number {
  return state.rulesVersion ?? 1;
}

export function isPersonal(state: EngineState): boolean {
  return state.dosing === 'personal';
}

/** Rules run only while the programme runs: modes normal, pacing and flare. */
export function isRunning(state: EngineState): boolean {
  return state.started && !state.stopped && !state.needsClearance;
}

export function unpausedExercises(state: EngineState): ExerciseState[] {
  const list: ExerciseState[] = [];
  for (const id of state.order) {
    const ex = state.exercises[id];
    if (ex !== undefined && !ex.paused) list.push(ex);
  }
  return list;
}

export function dayRecord(state: EngineState, day: number): DayRecord {
  let record = state.days.find((d) => d.day === day);
  if (record === undefined) {
    record = { day, sessions: 0, activeMinutes: 0, plannedMinutes: 0, red: false, symptom: false };
    state.days.push(record);
  }
  return record;
}
