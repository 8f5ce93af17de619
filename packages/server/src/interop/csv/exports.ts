// A person's sessions, morning check-ins, decisions and measures as CSV files for a spreadsheet or a
// clinic system: one row per record, ISO 8601 dates, units spelled out.
import { roundScore, setsOf } from '@steadily/core';
import { byDate, type PersonRecord, quotaOn, type RecordMeasure } from '../record.ts';
import { changeAgainstMcid } from '../report/measure-figures.ts';
import { type Cell, toCsv } from './csv.ts';

export const CSV_KINDS = ['sessions', 'checkins', 'decisions', 'measures'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

const INSTRUMENT = { peg: 'PEG', pseq: 'PSEQ', psfs: 'PSFS', phq2: 'PHQ-2' } as const;

/**
 * The byte-order mark Excel needs to read a CSV file as UTF-8 ("Child’s pose", "García" stay intact);
 * LibreOffice, Sheets and CSV parsers that know it skip it.
 */
export const UTF8_BOM = '\uFEFF';

/** A CSV file to download: the BOM, then the table. */
export function csvFile(record: PersonRecord, kind: CsvKind): string {
  return UTF8_BOM + exportCsv(record, kind);
}

export function exportCsv(record: PersonRecord, kind: CsvKind): string {
  switch (kind) {
    case 'sessions':
      return sessionsCsv(record);
    case 'checkins':
      return toCsv(
        ['date', 'morning_pain'],
        [...record.checkIns].sort(byDate).map((c) => [c.localDate, c.pain]),
      );
    case 'decisions':
      return decisionsCsv(record);
    case 'measures':
      return measuresCsv(record);
  }
}

function exerciseOf(record: PersonRecord, id: string) {
  return record.programme?.exercises.find((e) => e.id === id);
}

function sessionsCsv(record: PersonRecord): string {
  const header = [
    'date',
    'exercise',
    'unit',
    'done',
    'quota',
    'pain_before',
    'pain_peak',
    'pain_after',
    'effort',
    'note',
    'sets',
    'load_kg',
  ];
  const rows = [...record.sessions].sort(byDate).map((s): Cell[] => {
    const exercise = exerciseOf(record, s.exerciseId);
    const quota = quotaOn(record, s.exerciseId, s.localDate);
    // The session's quota as the clinician's sets (core/prescription.ts), e.g. "9+8+8", and the load.
    const sets =
      exercise === undefined || quota === null ? null : setsOf(exercise.unit, quota, exercise.sets);
    return [
      s.localDate,
      exercise?.name ?? s.exerciseId,
      exercise?.unit ?? null,
      s.done,
      quotaOn(record, s.exerciseId, s.localDate),
      s.before,
      s.peak,
      s.after,
      s.effort,
      s.note,
      sets === null ? null : sets.join('+'),
      exercise?.loadKg ?? null,
    ];
  });
  return toCsv(header, rows);
}

function decisionsCsv(record: PersonRecord): string {
  const header = [
    'date',
    'exercise',
    'unit',
    'action',
    'zone',
    'previous_quota',
    'quota',
    'reason',
    'decided_at',
    // The dosing model and rules version, e.g. "personal/2" (issue 11); empty before a programme ran.
    'dosing',
  ];
  const rows = record.decisions.map((d): Cell[] => {
    const exercise = exerciseOf(record, d.exerciseId);
    return [
      d.localDate,
      exercise?.name ?? d.exerciseId,
      exercise?.unit ?? null,
      d.action,
      d.zone,
      d.previousQuota,
      d.quota,
      d.reason,
      d.createdAt,
      d.dosing ?? null,
    ];
  });
  return toCsv(header, rows);
}

const round1 = roundScore;

/** Change from the first of the same instrument, and whether it reaches the meaningful change. */
function changeOf(measure: RecordMeasure, first: RecordMeasure | undefined): [Cell, Cell] {
  if (first === undefined || first.id === measure.id) return [null, null];
  if (measure.kind === 'phq2') return [round1(measure.score - first.score), null];
  const { change, meaningful } = changeAgainstMcid(measure.kind, first.score, measure.score);
  return [change, meaningful];
}

function measuresCsv(record: PersonRecord): string {
  const header = [
    'date',
    'week',
    'instrument',
    'score',
    'change_from_first',
    'meaningful_change',
    'items',
    'note',
  ];
  const sorted = [...record.measures].sort(byDate);
  const rows = sorted.map((m): Cell[] => {
    const first = sorted.find((f) => f.kind === m.kind);
    const items = m.items.map((v, i) => (m.labels?.[i] === undefined ? String(v) : `${m.labels[i]}: ${v}`));
    const note =
      m.kind === 'phq2' && m.score >= 3 ? 'Suggest talking to a clinician (a screen, not a diagnosis)' : null;
    return [
      m.localDate,
      m.week,
      INSTRUMENT[m.kind],
      round1(m.score),
      ...changeOf(m, first),
      items.join('; '),
      note,
    ];
  });
  return toCsv(header, rows);
}
