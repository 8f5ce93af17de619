// The numbers of the clinician report (to a GP or an insurer) beyond the person's own report's: measures
// at programme weeks 0, 6 and 12 against their MCID, every exercise's dose against its baseline with the
// deliberately low start (SPEC §3, Lambeek 2007) kept apart from change since, decisions counted by
// action, and the next steps that follow from the record. Pure: the PDF only lays these out.
import {
  type Action,
  type DosingModel,
  type PresetId,
  resolveThresholds,
  roundScore,
  type Thresholds,
  type Unit,
} from '@steadily/core';
import { addDays } from '../../services/local-date.ts';
import { byDate, type PersonRecord, quotaOn } from '../record.ts';
import { changeAgainstMcid } from './measure-figures.ts';

export const MEASURE_WEEKS = [0, 6, 12] as const;
const PHQ2_TALK_AT = 3;
/** Core's one rounding of scores (core/measures.ts: 1 decimal), for doses too. */
const round1 = roundScore;

export interface MeasureRow {
  kind: 'peg' | 'pseq' | 'psfs' | 'phq2';
  /** Score at weeks 0, 6 and 12 (null: not recorded). */
  byWeek: (number | null)[];
  /** From the first recorded week to the last; null with fewer than two. */
  change: number | null;
  meaningful: boolean | null;
}

export type DoseStatus = 'increased' | 'unchanged' | 'reduced' | 'removed' | 'not_started';

export interface ExerciseRow {
  name: string;
  unit: Unit;
  sessions: number;
  baseline: number | null;
  startDose: number | null;
  startPct: number | null;
  currentDose: number | null;
  currentPct: number | null;
  /** Current dose against the start dose, in % (positive: higher). */
  sinceStartPct: number | null;
  status: DoseStatus;
  removedOn: string | null;
}

export interface ClinicianFigures {
  /** The dosing model the programme runs now: the report describes the rules actually in use. */
  dosing: DosingModel;
  thresholds: Thresholds;
  presets: PresetId[];
  measures: MeasureRow[];
  psfsGoals: { activity: string; first: number; latest: number | null }[];
  exercises: ExerciseRow[];
  decisionCounts: Partial<Record<Action, number>>;
  /** Week 6 / 12 measures due and not yet recorded: the local date they fall due. */
  measuresDue: { week: number; date: string }[];
  phq2AtOrAbove3: boolean;
  openFlareSince: string | null;
}

function measureRows(record: PersonRecord, to: string): MeasureRow[] {
  const upTo = record.measures.filter((m) => m.localDate <= to).sort(byDate);
  return (['peg', 'pseq', 'psfs', 'phq2'] as const).flatMap((kind): MeasureRow[] => {
    const list = upTo.filter((m) => m.kind === kind);
    if (list.length === 0) return [];
    const byWeek = MEASURE_WEEKS.map((week) => {
      const m = list.findLast((x) => x.week === week);
      return m === undefined ? null : round1(m.score);
    });
    const first = list[0];
    const latest = list.length > 1 ? list.at(-1) : undefined;
    if (first === undefined || latest === undefined || kind === 'phq2')
      return [{ kind, byWeek, change: null, meaningful: null }];
    const compared = changeAgainstMcid(kind, first.score, latest.score);
    return [{ kind, byWeek, change: compared.change, meaningful: compared.meaningful }];
  });
}

function exerciseRows(record: PersonRecord, range: { from: string; to: string }): ExerciseRow[] {
  return (record.programme?.exercises ?? []).map((e) => {
    const first = record.decisions.find((d) => d.exerciseId === e.id && d.quota > 0);
    const startDose = first?.quota ?? null;
    const currentDose =
      e.removedOn !== null ? quotaOn(record, e.id, e.removedOn) : quotaOn(record, e.id, range.to);
    const pct = (v: number | null) =>
      v === null || e.baseline === null || e.baseline <= 0 ? null : Math.round((v / e.baseline) * 100);
    const sinceStartPct =
      startDose === null || currentDose === null || startDose <= 0
        ? null
        : Math.round(((currentDose - startDose) / startDose) * 100);
    const status: DoseStatus =
      e.removedOn !== null && e.removedOn <= range.to
        ? 'removed'
        : startDose === null || currentDose === null
          ? 'not_started'
          : currentDose > startDose
            ? 'increased'
            : currentDose < startDose
              ? 'reduced'
              : 'unchanged';
    return {
      name: e.name,
      unit: e.unit,
      sessions: record.sessions.filter(
        (s) => s.exerciseId === e.id && s.localDate >= range.from && s.localDate <= range.to,
      ).length,
      baseline: e.baseline === null ? null : round1(e.baseline),
      startDose,
      startPct: pct(startDose),
      currentDose,
      currentPct: pct(currentDose),
      sinceStartPct,
      status,
      removedOn: e.removedOn,
    };
  });
}

export function clinicianFigures(
  record: PersonRecord,
  range: { from: string; to: string },
): ClinicianFigures {
  const presets: PresetId[] =
    record.patient.presets !== undefined && record.patient.presets.length > 0
      ? record.patient.presets
      : ['default'];
  const decisionCounts: Partial<Record<Action, number>> = {};
  for (const d of record.decisions)
    if (d.localDate >= range.from && d.localDate <= range.to)
      decisionCounts[d.action] = (decisionCounts[d.action] ?? 0) + 1;
  const psfs = record.measures.filter((m) => m.kind === 'psfs' && m.localDate <= range.to).sort(byDate);
  const [firstPsfs, latestPsfs] = [psfs[0], psfs.length > 1 ? psfs.at(-1) : undefined];
  const psfsGoals = (firstPsfs?.labels ?? []).map((activity, i) => {
    const j = latestPsfs?.labels?.indexOf(activity) ?? -1;
    return {
      activity,
      first: firstPsfs?.items[i] ?? 0,
      latest: latestPsfs === undefined || j < 0 ? null : (latestPsfs.items[j] ?? null),
    };
  });
  const start = record.programme?.startDate ?? null;
  const measuresDue =
    start === null || record.programme?.status === 'ended'
      ? []
      : MEASURE_WEEKS.filter((w) => w > 0)
          .filter((week) => !record.measures.some((m) => m.week === week))
          .map((week) => ({ week, date: addDays(start, week * 7) }));
  const phq = record.measures.filter((m) => m.kind === 'phq2' && m.localDate <= range.to).sort(byDate);
  const open = record.flares.find(
    (f) => f.startDate <= range.to && (f.endDate === null || f.endDate > range.to),
  );
  return {
    dosing: record.programme?.dosing ?? 'classic',
    thresholds: resolveThresholds(presets),
    presets,
    measures: measureRows(record, range.to),
    psfsGoals,
    exercises: exerciseRows(record, range),
    decisionCounts,
    measuresDue,
    phq2AtOrAbove3: (phq.at(-1)?.score ?? 0) >= PHQ2_TALK_AT,
    openFlareSince: open?.startDate ?? null,
  };
}
