// Which step of "Getting to know you" comes next, worked out from what the server already holds, so the
// person can stop anywhere and go on later (on any device). Pure: unit-tested in steps.test.ts.
import type { Instrument, Measure, MeasureWeek } from '../../api/measures.ts';
import type { MyRecord } from '../../api/my-record.ts';
import type { Programme, ProgrammeExercise } from '../../api/programme.ts';

export type StepId =
  | 'conditions'
  | 'goals'
  | 'peg'
  | 'pseq'
  | 'phq2'
  | 'reference'
  | 'exercises'
  | 'baseline'
  | 'start';

const STEPS: readonly StepId[] = [
  'conditions',
  'goals',
  'peg',
  'pseq',
  'phq2',
  'reference',
  'exercises',
  'baseline',
  'start',
];

/** SPEC §3: the baseline is the mean of 3 tolerance trials on separate occasions. */
export const TRIALS = 3;

export interface Facts {
  record: MyRecord;
  measures: Measure[];
  programme: Programme | null;
}

const INSTRUMENT_OF: Partial<Record<StepId, Instrument>> = {
  goals: 'PSFS',
  peg: 'PEG',
  pseq: 'PSEQ',
  phq2: 'PHQ2',
};

export function hasMeasure(measures: readonly Measure[], instrument: Instrument, week: MeasureWeek): boolean {
  return measures.some((m) => m.instrument === instrument && m.week === week);
}

export function activeExercises(programme: Programme | null): ProgrammeExercise[] {
  return programme?.exercises.filter((e) => !e.removed) ?? [];
}

function isDone(step: StepId, facts: Facts): boolean {
  const { record, measures, programme } = facts;
  const started = programme?.status === 'active' || record.programme.active !== null;
  const instrument = INSTRUMENT_OF[step];
  if (instrument !== undefined) return hasMeasure(measures, instrument, 0);
  switch (step) {
    case 'conditions':
      return record.conditions.length > 0;
    case 'reference':
      return record.referenceMorningPain !== null || started;
    case 'exercises':
      return started || activeExercises(programme).length > 0;
    case 'baseline':
      return started || (activeExercises(programme).length > 0 && nextTrial(programme) === null);
    default:
      return started;
  }
}

export interface Progress {
  steps: readonly StepId[];
  done: StepId[];
  next: StepId | null;
}

export function onboardingProgress(facts: Facts): Progress {
  const done = STEPS.filter((step) => isDone(step, facts));
  return { steps: STEPS, done, next: STEPS.find((step) => !done.includes(step)) ?? null };
}

export interface NextTrial {
  exercise: ProgrammeExercise;
  /** 1-based: the occasion this trial belongs to. */
  occasion: number;
}

/**
 * Trials go in rounds: every exercise's first try on one occasion, then every second try, and so on,
 * so a person can do one round a day.
 */
export function nextTrial(programme: Programme | null): NextTrial | null {
  const exercises = activeExercises(programme);
  if (exercises.length === 0) return null;
  const round = Math.min(...exercises.map((e) => e.baseline.length));
  if (round >= TRIALS) return null;
  const exercise = exercises.find((e) => e.baseline.length === round);
  return exercise === undefined ? null : { exercise, occasion: round + 1 };
}

/** SPEC §3: the measures are repeated at weeks 6 and 12, from the programme's first day. */
export function measureWeekDue(day: number, measures: readonly Measure[]): MeasureWeek | null {
  const due = ([12, 6] as const).find((week) => day > week * 7);
  if (due === undefined) return null;
  const instruments: Instrument[] = ['PSFS', 'PEG', 'PSEQ', 'PHQ2'];
  return instruments.every((i) => hasMeasure(measures, i, due)) ? null : due;
}
