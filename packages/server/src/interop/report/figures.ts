// The numbers of a progress report for a date range (SPEC §10): what the person did first — sessions,
// activity, capacity against baseline, consistency — then pain, measures against their meaningful
// change, flares and the engine's decisions. Pure: the PDF only lays these out.
import { setsOf, weeksOver } from '@steadily/core';
import { addDays, daysBetween } from '../../services/local-date.ts';
import { byDate, type PersonRecord, quotaOn, type RecordDecision, type RecordExercise } from '../record.ts';
import { type MeasureFigures, measureFigures, type Phq2Figures } from './measure-figures.ts';

export interface ReportRange {
  from: string;
  to: string;
}

interface ExerciseFigures {
  name: string;
  unit: RecordExercise['unit'];
  sessions: number;
  baseline: number | null;
  quotaAtStart: number | null;
  quotaAtEnd: number | null;
  /** Quota at the end of the range against the baseline, in % (100 = baseline). */
  vsBaselinePct: number | null;
  /** The quota at the end as the clinician's sets (core/prescription.ts), and the load; null: not set. */
  setsAtEnd: number[] | null;
  loadKg: number | null;
}

export interface DayPoint {
  localDate: string;
  morningPain: number | null;
  /** Mean over exercises of quota ÷ baseline, in %. */
  capacityPct: number | null;
  inFlare: boolean;
}

export interface ReportFigures {
  range: ReportRange;
  dayCount: number;
  weeksSinceStart: number | null;
  sessions: number;
  planned: number;
  activeMinutes: number;
  reps: number;
  weeks: { consistent: number; counted: number };
  exercises: ExerciseFigures[];
  pain: { checkIns: number; firstWeek: number | null; lastWeek: number | null };
  samePainMoreWork: { minutesChangePct: number; painChange: number } | null;
  days: DayPoint[];
  measures: MeasureFigures[];
  phq2: Phq2Figures | null;
  flares: { startDate: string; endDate: string | null; days: number; ongoing: boolean }[];
  /** Decisions that changed, paused or stopped a quota; holds are only counted. */
  changes: RecordDecision[];
  holds: { name: string; count: number }[];
}

const CONSISTENT_SHARE = 0.7; // SPEC §10: a week with ≥ 70% of planned sessions
const WINDOW_ANSWERS = 4; // SPEC §6, §10: a weekly pain mean needs ≥ 4 mornings
const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (list: number[]) => list.reduce((s, v) => s + v, 0) / list.length;
const inRange = (date: string, r: ReportRange) => date >= r.from && date <= r.to;

/** The baseline, or the first quota when no trials were recorded (so capacity starts at its dose). */
function baselineOf(record: PersonRecord, exercise: RecordExercise): number | null {
  return exercise.baseline ?? record.decisions.find((d) => d.exerciseId === exercise.id)?.quota ?? null;
}

function activeMinutesOf(record: PersonRecord, sessions: PersonRecord['sessions']): number {
  const units = new Map(record.programme?.exercises.map((e) => [e.id, e.unit]));
  return sessions.reduce((sum, s) => {
    const unit = units.get(s.exerciseId);
    return sum + (unit === 'minutes' ? s.done : unit === 'seconds' ? s.done / 60 : 0);
  }, 0);
}

/**
 * `today` (the person's local date when the report is made): a range that reaches it counts only the
 * weeks over before today, as the app's progress and the clinician's summary do (core weeksOver).
 */
export function reportFigures(record: PersonRecord, range: ReportRange, today?: string): ReportFigures {
  if (range.from > range.to)
    throw new RangeError(`The report range starts (${range.from}) after it ends (${range.to})`);
  const dayCount = daysBetween(range.from, range.to) + 1;
  const exercises = (record.programme?.exercises ?? []).filter(
    (e) => e.removedOn === null || e.removedOn >= range.from,
  );
  const sessions = record.sessions.filter((s) => inRange(s.localDate, range)).sort(byDate);
  const mornings = record.checkIns.filter((c) => inRange(c.localDate, range)).sort(byDate);
  const perWeek = exercises.reduce((s, e) => s + e.perWeek, 0);
  const flares = record.flares
    .filter((f) => f.startDate <= range.to && (f.endDate === null || f.endDate >= range.from))
    .map((f) => {
      const end = f.endDate !== null && f.endDate <= range.to ? f.endDate : range.to;
      return {
        startDate: f.startDate,
        endDate: f.endDate,
        days: daysBetween(f.startDate, end),
        ongoing: end !== f.endDate,
      };
    });
  const week = (start: string) => ({ from: start, to: addDays(start, 6) });
  const daysOver = today !== undefined && range.to >= today ? daysBetween(range.from, today) : dayCount;
  const fullWeeks = Array.from({ length: weeksOver(daysOver) }, (_, i) => week(addDays(range.from, 7 * i)));
  const painOf = (r: ReportRange) => {
    const list = mornings.filter((m) => inRange(m.localDate, r)).map((m) => m.pain);
    return list.length >= WINDOW_ANSWERS ? round1(mean(list)) : null;
  };
  const firstWeek = fullWeeks[0];
  const lastWeek = fullWeeks.at(-1);
  const pain = {
    checkIns: mornings.length,
    firstWeek: firstWeek === undefined ? null : painOf(firstWeek),
    lastWeek: lastWeek === undefined || fullWeeks.length < 2 ? null : painOf(lastWeek),
  };
  const minutesIn = (r: ReportRange) =>
    activeMinutesOf(
      record,
      sessions.filter((s) => inRange(s.localDate, r)),
    );
  const decisions = record.decisions.filter((d) => inRange(d.localDate, range));
  const startDate = record.programme?.startDate ?? null;
  return {
    range,
    dayCount,
    weeksSinceStart: startDate === null ? null : Math.floor(daysBetween(startDate, range.to) / 7),
    sessions: sessions.length,
    planned: Math.round((perWeek * dayCount) / 7),
    activeMinutes: Math.round(activeMinutesOf(record, sessions)),
    reps: sessions.reduce(
      (sum, s) => sum + (exercises.find((e) => e.id === s.exerciseId)?.unit === 'reps' ? s.done : 0),
      0,
    ),
    weeks: {
      counted: perWeek > 0 ? fullWeeks.length : 0,
      consistent: fullWeeks.filter(
        (w) =>
          perWeek > 0 &&
          sessions.filter((s) => inRange(s.localDate, w)).length >= CONSISTENT_SHARE * perWeek - 1e-9,
      ).length,
    },
    exercises: exercises.map((e) => {
      const baseline = baselineOf(record, e);
      const quotaAtEnd = quotaOn(record, e.id, range.to);
      return {
        name: e.name,
        unit: e.unit,
        sessions: sessions.filter((s) => s.exerciseId === e.id).length,
        baseline: e.baseline === null ? null : round1(e.baseline),
        // A programme that began inside the range starts at its first dose, not at "none".
        quotaAtStart:
          quotaOn(record, e.id, range.from) ??
          record.decisions.find((d) => d.exerciseId === e.id && inRange(d.localDate, range))?.quota ??
          null,
        quotaAtEnd,
        vsBaselinePct:
          baseline === null || quotaAtEnd === null ? null : Math.round((quotaAtEnd / baseline) * 100),
        setsAtEnd: quotaAtEnd === null ? null : setsOf(e.unit, quotaAtEnd, e.sets),
        loadKg: e.loadKg,
      };
    }),
    pain,
    samePainMoreWork: samePainMoreWork(
      firstWeek && minutesIn(firstWeek),
      lastWeek && minutesIn(lastWeek),
      pain,
    ),
    days: Array.from({ length: dayCount }, (_, i) => dayPoint(record, exercises, addDays(range.from, i))),
    ...measureFigures(record, range.to),
    flares,
    changes: decisions.filter((d) => d.action !== 'hold'),
    holds: exercises
      .map((e) => ({
        name: e.name,
        count: decisions.filter((d) => d.action === 'hold' && d.exerciseId === e.id).length,
      }))
      .filter((h) => h.count > 0),
  };
}

function samePainMoreWork(first: number | undefined, last: number | undefined, pain: ReportFigures['pain']) {
  if (first === undefined || last === undefined || first <= 0 || last <= first) return null;
  if (pain.firstWeek === null || pain.lastWeek === null || Math.abs(pain.lastWeek - pain.firstWeek) > 1)
    return null;
  return {
    minutesChangePct: Math.round(((last - first) / first) * 100),
    painChange: round1(pain.lastWeek - pain.firstWeek),
  };
}

function dayPoint(record: PersonRecord, exercises: RecordExercise[], localDate: string): DayPoint {
  const ratios = exercises.flatMap((e) => {
    const base = baselineOf(record, e);
    const quota = quotaOn(record, e.id, localDate);
    return base === null || quota === null || base <= 0 ? [] : [quota / base];
  });
  return {
    localDate,
    morningPain: record.checkIns.find((c) => c.localDate === localDate)?.pain ?? null,
    capacityPct: ratios.length === 0 ? null : Math.round(mean(ratios) * 100),
    inFlare: record.flares.some(
      (f) => f.startDate <= localDate && (f.endDate === null || localDate < f.endDate),
    ),
  };
}
