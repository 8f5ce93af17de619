// Progress beyond pain (SPEC §10): what the person did leads, the pain score follows. Futility —
// "my pain isn't changing" — is the strongest reason people quit (Slade 2014); a pain-centred diary
// can slow recovery (Ferrari 2015). Pure: fed the history, returns the summary the app shows.
import { judgeChange, MEASURE_MCID, PHQ2_TALK_AT } from './measures.ts';
import { activeMinutes, mean } from './quota.ts';
import type { FlareRecord, Unit } from './types.ts';

/** Meaningful change: PSEQ ≈ 11 points, PSFS 1.4, pain and PEG 30% (Farrar 2001); from measures.ts. */
export const MCID = {
  pseq: MEASURE_MCID.pseq.points,
  psfs: MEASURE_MCID.psfs.points,
  painRelative: MEASURE_MCID.peg.percent / 100,
} as const;
/** A week counts as consistent at 70% of planned sessions: a missed day is forgiven. */
const CONSISTENT_SHARE = 0.7;
/** Most people need 6–8 weeks before pain changes. */
export const WEEKS_BEFORE_PAIN_CHANGES = 6;

export interface ProgressExercise {
  id: string;
  name: string;
  unit: Unit;
  baselineMean: number;
  /** The quota the programme started at (below the baseline on purpose, SPEC §3). */
  startQuota: number;
  /** The level reached: the quota in force, or during a flare the quota just before it. */
  quota: number;
  perWeek: number;
}

export type MeasureKind = 'peg' | 'pseq' | 'psfs' | 'phq2';

export interface ProgressInput {
  /** The day the summary is for (1 = the programme's first day). */
  today: number;
  exercises: ProgressExercise[];
  sessions: { day: number; exercise: string; done: number }[];
  mornings: { day: number; pain: number }[];
  flares: FlareRecord[];
  /** Scored measures: PEG and PSFS as a 0–10 mean, PSEQ as a 0–60 total, PHQ-2 as a 0–6 total. */
  measures: { kind: MeasureKind; day: number; score: number }[];
}

export interface WeekSummary {
  week: number;
  sessions: number;
  planned: number;
  minutes: number;
  reps: number;
  meanMorningPain: number | null;
  consistent: boolean;
}

export interface MeasureChange {
  first: number;
  latest: number;
  change: number;
  meaningful: boolean;
}

export interface ProgressSummary {
  weeksSinceStart: number;
  /** `changePct` is against the baseline trials; `sinceStartPct` against the starting quota. */
  capacity: {
    exercise: string;
    name: string;
    unit: Unit;
    baseline: number;
    start: number;
    current: number;
    changePct: number;
    sinceStartPct: number;
  }[];
  weeks: WeekSummary[];
  samePainMoreWork: { fromWeek: number; toWeek: number; minutesChangePct: number; painChange: number } | null;
  consistency: { weeksConsistent: number; weeksCounted: number };
  flares: { durations: number[]; shortening: boolean };
  measures: Partial<Record<'peg' | 'pseq' | 'psfs', MeasureChange>> & { phq2SuggestTalk: boolean };
  pain: {
    firstWeek: number | null;
    lastWeek: number | null;
    meaningfulDrop: boolean;
    tooEarlyToTell: boolean;
  };
}

const weekOf = (day: number) => Math.floor((day - 1) / 7) + 1;

/**
 * Whole weeks (7 days from the first) that are over after `daysOver` days: the one week count of the
 * app's progress, the clinician's summary and the PDF report (issue 14). A day still running does not
 * count, so a week that ends today is counted from tomorrow.
 */
export function weeksOver(daysOver: number): number {
  return Math.max(0, Math.floor(daysOver / 7));
}

export function summariseProgress(input: ProgressInput): ProgressSummary {
  const weeks = summariseWeeks(input);
  const full = weeks.filter((w) => w.week <= weeksOver(input.today - 1)); // weeks that are over
  const firstPain = full.find((w) => w.meanMorningPain !== null)?.meanMorningPain ?? null;
  const lastPain = full.findLast((w) => w.meanMorningPain !== null)?.meanMorningPain ?? null;
  const weeksSinceStart = Math.floor((input.today - 1) / 7);
  return {
    weeksSinceStart,
    capacity: input.exercises.map((ex) => ({
      exercise: ex.id,
      name: ex.name,
      unit: ex.unit,
      baseline: ex.baselineMean,
      start: ex.startQuota,
      current: ex.quota,
      changePct: Math.round(((ex.quota - ex.baselineMean) / ex.baselineMean) * 100),
      sinceStartPct: Math.round(((ex.quota - ex.startQuota) / ex.startQuota) * 100),
    })),
    weeks,
    samePainMoreWork: samePainMoreWork(full),
    consistency: { weeksConsistent: full.filter((w) => w.consistent).length, weeksCounted: full.length },
    flares: flareTrend(input.flares),
    measures: { ...measureChanges(input.measures), phq2SuggestTalk: phq2SuggestsTalk(input.measures) },
    pain: {
      firstWeek: firstPain,
      lastWeek: lastPain,
      meaningfulDrop:
        firstPain !== null &&
        lastPain !== null &&
        firstPain > 0 &&
        (firstPain - lastPain) / firstPain >= MCID.painRelative,
      tooEarlyToTell: weeksSinceStart < WEEKS_BEFORE_PAIN_CHANGES,
    },
  };
}

function summariseWeeks(input: ProgressInput): WeekSummary[] {
  const count = weekOf(Math.max(1, input.today));
  const planned = input.exercises.reduce((sum, ex) => sum + ex.perWeek, 0);
  const units = new Map(input.exercises.map((ex) => [ex.id, ex.unit]));
  const weeks: WeekSummary[] = Array.from({ length: count }, (_, i) => ({
    week: i + 1,
    sessions: 0,
    planned,
    minutes: 0,
    reps: 0,
    meanMorningPain: null,
    consistent: false,
  }));
  for (const s of input.sessions) {
    const week = weeks[weekOf(s.day) - 1];
    const unit = units.get(s.exercise);
    if (week === undefined || unit === undefined) continue;
    week.sessions += 1;
    week.minutes += activeMinutes(unit, s.done);
    if (unit === 'reps') week.reps += s.done;
  }
  const pains = new Map<number, number[]>();
  for (const m of input.mornings) pains.set(weekOf(m.day), [...(pains.get(weekOf(m.day)) ?? []), m.pain]);
  for (const week of weeks) {
    const list = pains.get(week.week);
    week.meanMorningPain = list === undefined ? null : Math.round(mean(list) * 10) / 10;
    week.minutes = Math.round(week.minutes * 10) / 10;
    week.consistent = planned > 0 && week.sessions >= CONSISTENT_SHARE * planned - 1e-9;
  }
  return weeks;
}

/** Volume up while morning pain stayed within ±1, first full week against the latest. */
function samePainMoreWork(full: WeekSummary[]): ProgressSummary['samePainMoreWork'] {
  const first = full.find((w) => w.meanMorningPain !== null && w.minutes > 0);
  const last = full.findLast((w) => w.meanMorningPain !== null && w.minutes > 0);
  if (first === undefined || last === undefined || first.week === last.week) return null;
  const painChange = (last.meanMorningPain ?? 0) - (first.meanMorningPain ?? 0);
  if (last.minutes <= first.minutes || Math.abs(painChange) > 1) return null;
  return {
    fromWeek: first.week,
    toWeek: last.week,
    minutesChangePct: Math.round(((last.minutes - first.minutes) / first.minutes) * 100),
    painChange: Math.round(painChange * 10) / 10,
  };
}

function flareTrend(flares: FlareRecord[]): ProgressSummary['flares'] {
  const durations = flares.flatMap((f) => (f.endDay === null ? [] : [f.endDay - f.startDay]));
  const latest = durations.at(-1);
  const earlier = durations.slice(0, -1);
  return { durations, shortening: latest !== undefined && earlier.length > 0 && latest < mean(earlier) };
}

function measureChanges(measures: ProgressInput['measures']) {
  const result: Partial<Record<'peg' | 'pseq' | 'psfs', MeasureChange>> = {};
  for (const kind of ['peg', 'pseq', 'psfs'] as const) {
    const list = measures.filter((m) => m.kind === kind).sort((a, b) => a.day - b.day);
    const first = list[0];
    const latest = list.at(-1);
    if (first === undefined || latest === undefined || list.length < 2) continue;
    // Higher PSEQ and PSFS are better; lower PEG is better (one rule for app, API, PDF and FHIR).
    const { change, meaningful } = judgeChange(kind, first.score, latest.score);
    result[kind] = { first: first.score, latest: latest.score, change, meaningful };
  }
  return result;
}

/** PHQ-2 ≥ 3 suggests talking to a clinician; it is never a diagnosis. */
function phq2SuggestsTalk(measures: ProgressInput['measures']): boolean {
  const latest = measures
    .filter((m) => m.kind === 'phq2')
    .sort((a, b) => a.day - b.day)
    .at(-1);
  return latest !== undefined && latest.score >= PHQ2_TALK_AT;
}
