// The report's tables: what the person did per exercise, measures against their meaningful change,
// flare-ups, and the dose changes with the reason the person was given.
import { renderReason, setsNotation, type Unit } from '@steadily/core';
import type { Content, TableCell } from 'pdfmake';
import type { PersonRecord, RecordDecision } from '../record.ts';
import type { ReportFigures } from './figures.ts';
import { amountText } from './summary.ts';
import { number, tableDate, type Words } from './words.ts';

/** A report table: one header row, rows never split across pages (both PDFs use it). */
export function table(widths: (number | string)[], header: string[], rows: TableCell[][]): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths,
      body: [header.map((text) => ({ text, style: 'th' })), ...rows],
    },
    layout: 'lightHorizontalLines',
    style: 'table',
  };
}

const muted = (text: string): Content => ({ text, style: 'muted' });

export function exercisesTable(f: ReportFigures, w: Words): Content {
  if (f.exercises.length === 0) return muted(w.none.programme);
  const dose = (v: number | null, unit: Unit) => (v === null ? '–' : amountText(v, unit, w));
  return table(
    ['*', 'auto', 'auto', 'auto', 'auto', 'auto'],
    w.exercisesHeader,
    f.exercises.map((e) => [
      e.name,
      String(e.sessions),
      dose(e.quotaAtStart, e.unit),
      // The clinician's sets and load under the dose: "24 times / 3 × 8 · 5 kg".
      [
        dose(e.quotaAtEnd, e.unit),
        ...(e.setsAtEnd === null ? [] : [setsNotation(e.setsAtEnd)]),
        ...(e.loadKg === null ? [] : [`${number(w.language, e.loadKg)} kg`]),
      ].join('\n'),
      dose(e.baseline, e.unit),
      e.vsBaselinePct === null ? '–' : `${e.vsBaselinePct}%`,
    ]),
  );
}

export function measuresTable(f: ReportFigures, w: Words): Content {
  const scoreOn = (score: number, localDate: string): TableCell => ({
    text: [
      { text: number(w.language, score), bold: true },
      { text: `\n${tableDate(w, localDate)}`, color: '#555555' },
    ],
  });
  const rows: TableCell[][] = f.measures.map((m) => [
    w.measureNames[m.kind],
    scoreOn(m.first.score, m.first.localDate),
    m.latest === null ? '–' : scoreOn(m.latest.score, m.latest.localDate),
    m.change === null ? '–' : `${m.change > 0 ? '+' : ''}${number(w.language, m.change)}`,
    w.mcid[m.kind],
    m.meaningful === null ? w.results.once : m.meaningful ? w.results.meaningful : w.results.notYet,
  ]);
  const phq = f.phq2;
  if (phq !== null)
    rows.push([
      w.measureNames.phq2,
      scoreOn(phq.first.score, phq.first.localDate),
      phq.latest === null ? '–' : scoreOn(phq.latest.score, phq.latest.localDate),
      '–',
      w.mcid.phq2,
      phq.suggestTalk ? w.results.talk : w.results.below,
    ]);
  if (rows.length === 0) return muted(w.none.measures);
  return table(['*', 'auto', 'auto', 'auto', 'auto', 90], w.measuresHeader, rows);
}

export function flaresTable(f: ReportFigures, w: Words): Content {
  if (f.flares.length === 0) return muted(w.none.flares);
  return table(
    ['*', '*', '*'],
    w.flaresHeader,
    f.flares.map((x) => [
      tableDate(w, x.startDate),
      x.ongoing || x.endDate === null ? w.stillGoing : tableDate(w, x.endDate),
      w.days(x.days, x.ongoing),
    ]),
  );
}

/** The reason as the person read it; in Spanish from its code when the record has one. */
function reasonText(d: RecordDecision, w: Words): string {
  if (w.language === 'en' || d.reasonCode === undefined) return d.reason;
  return renderReason(w.language, d.reasonCode, d.reasonParams ?? {});
}

export function decisionsContent(record: PersonRecord, f: ReportFigures, w: Words): Content[] {
  const exercise = (id: string) => record.programme?.exercises.find((e) => e.id === id);
  const change = (d: RecordDecision) => {
    const to = amountText(d.quota, exercise(d.exerciseId)?.unit ?? 'minutes', w);
    if (d.previousQuota === d.quota || d.action === 'start') return to;
    return w.language === 'es'
      ? `de ${number('es', d.previousQuota)} a ${to}`
      : `${d.previousQuota} to ${to}`;
  };
  const rows: TableCell[][] = f.changes.map((d) => [
    tableDate(w, d.localDate),
    exercise(d.exerciseId)?.name ?? d.exerciseId,
    `${w.actions[d.action]}: ${change(d)}`,
    reasonText(d, w),
  ]);
  const holds = f.holds.map((h) => `${h.name} ${h.count}`).join(', ');
  return [
    rows.length === 0 ? muted(w.none.changes) : table([58, 72, 100, '*'], w.changesHeader, rows),
    ...(holds === '' ? [] : [muted(w.holds(holds))]),
  ];
}
