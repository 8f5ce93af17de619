// The progress report's layout (pdfmake document definition, A4): summary in plain words, the pain-versus-
// capacity chart, what the person did, measures against their meaningful change, flare-ups, and the
// dose changes with their reasons. Pure: rendering to bytes is in render.ts.
import { MCID } from '@steadily/core';
import type pdfmake from 'pdfmake';
import type { Content, TableCell } from 'pdfmake';
import type { PersonRecord, RecordDecision } from '../record.ts';
import { CHART_COLOURS, chartSvg, shortDate } from './chart.ts';
import { type ReportFigures, type ReportRange, reportFigures } from './figures.ts';
import { amountText, summaryLines } from './summary.ts';

type TDocumentDefinitions = Parameters<typeof pdfmake.createPdf>[0];

export interface ReportOptions {
  range: ReportRange;
  /** Shown as the date the report was made (injected clock). */
  now: Date;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const longDate = (localDate: string) =>
  `${Number(localDate.slice(8, 10))} ${MONTHS[Number(localDate.slice(5, 7)) - 1]} ${localDate.slice(0, 4)}`;
/** `3 Mar 2025`: tables are narrow. */
const tableDate = (localDate: string) => `${shortDate(localDate)} ${localDate.slice(0, 4)}`;

const ACTION_WORDS: Record<RecordDecision['action'], string> = {
  start: 'Start',
  progress: 'Up',
  hold: 'Hold',
  step_back: 'Step back',
  flare: 'Flare dose',
  rebuild: 'Rebuild',
  pause: 'Paused',
  stop: 'Stopped',
  set: 'Set by a person',
};
const MEASURE_NAMES = {
  pseq: 'PSEQ (confidence despite pain)',
  psfs: 'PSFS (your own activities)',
  peg: 'PEG (pain and its impact)',
};
const MEASURE_MCID = {
  pseq: `${MCID.pseq} points up`,
  psfs: `${MCID.psfs} points up`,
  peg: `${MCID.painRelative * 100}% lower`,
};

const CONTENT_WIDTH = 515; // A4 (595 pt) less 40 pt margins

function table(widths: (number | string)[], header: string[], rows: TableCell[][]): Content {
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

/** A heading kept on the same page as its (short) table. */
const section = (title: string, body: Content): Content => ({
  stack: [{ text: title, style: 'h2' }, body],
  unbreakable: true,
});

function exercisesTable(f: ReportFigures): Content {
  const dose = (v: number | null, unit: Parameters<typeof amountText>[1]) =>
    v === null ? '–' : amountText(v, unit);
  return table(
    ['*', 'auto', 'auto', 'auto', 'auto', 'auto'],
    ['Exercise', 'Sessions', 'Dose at start', 'Dose at end', 'Baseline', 'End vs baseline'],
    f.exercises.map((e) => [
      e.name,
      String(e.sessions),
      dose(e.quotaAtStart, e.unit),
      dose(e.quotaAtEnd, e.unit),
      dose(e.baseline, e.unit),
      e.vsBaselinePct === null ? '–' : `${e.vsBaselinePct}%`,
    ]),
  );
}

const scoreOn = (score: number, localDate: string): TableCell => ({
  text: [
    { text: String(score), bold: true },
    { text: `\n${tableDate(localDate)}`, color: '#555555' },
  ],
});

function measuresTable(f: ReportFigures): Content {
  const rows: TableCell[][] = f.measures.map((m) => [
    MEASURE_NAMES[m.kind],
    scoreOn(m.first.score, m.first.localDate),
    m.latest === null ? '–' : scoreOn(m.latest.score, m.latest.localDate),
    m.change === null ? '–' : `${m.change > 0 ? '+' : ''}${m.change}`,
    MEASURE_MCID[m.kind],
    m.meaningful === null
      ? 'Not yet measured twice'
      : m.meaningful
        ? 'Meaningful change'
        : 'Not yet a meaningful change',
  ]);
  if (f.phq2 !== null)
    rows.push([
      'PHQ-2 (mood check)',
      scoreOn(f.phq2.first.score, f.phq2.first.localDate),
      f.phq2.latest === null ? '–' : scoreOn(f.phq2.latest.score, f.phq2.latest.localDate),
      '–',
      '3 or more',
      f.phq2.suggestTalk ? 'Suggest talking to a clinician (not a diagnosis)' : 'Below 3',
    ]);
  if (rows.length === 0) return { text: 'No measures recorded yet.', style: 'muted' };
  return table(
    ['*', 'auto', 'auto', 'auto', 'auto', 90],
    ['Measure', 'First', 'Latest', 'Change', 'Meaningful change', 'Result'],
    rows,
  );
}

function flaresTable(f: ReportFigures): Content {
  if (f.flares.length === 0) return { text: 'No flare-ups in this period.', style: 'muted' };
  return table(
    ['*', '*', '*'],
    ['Started', 'Ended', 'Lasted'],
    f.flares.map((x) => [
      tableDate(x.startDate),
      x.ongoing ? 'Still going' : tableDate(x.endDate as string),
      `${x.days} ${x.days === 1 ? 'day' : 'days'}${x.ongoing ? ' so far' : ''}`,
    ]),
  );
}

function decisionsContent(record: PersonRecord, f: ReportFigures): Content[] {
  const name = (id: string) => record.programme?.exercises.find((e) => e.id === id)?.name ?? id;
  const unit = (id: string) => record.programme?.exercises.find((e) => e.id === id)?.unit ?? 'minutes';
  const change = (d: RecordDecision) => {
    const to = amountText(d.quota, unit(d.exerciseId));
    return d.previousQuota === d.quota || d.action === 'start' ? to : `${d.previousQuota} to ${to}`;
  };
  const rows: TableCell[][] = f.changes.map((d) => [
    tableDate(d.localDate),
    name(d.exerciseId),
    `${ACTION_WORDS[d.action]}: ${change(d)}`,
    d.reason,
  ]);
  const holds = f.holds.map((h) => `${h.name} ${h.count}`).join(', ');
  return [
    rows.length === 0
      ? { text: 'No dose changes in this period.', style: 'muted' }
      : table([58, 72, 100, '*'], ['Date', 'Exercise', 'Change', 'Reason'], rows),
    ...(holds === '' ? [] : [{ text: `Doses kept the same (hold decisions): ${holds}.`, style: 'muted' }]),
  ];
}

export function reportDocument(record: PersonRecord, options: ReportOptions): TDocumentDefinitions {
  const f = reportFigures(record, options.range);
  const made = options.now.toISOString().slice(0, 10);
  return {
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 48],
    info: {
      title: 'Steadily progress report',
      creator: 'Steadily',
      producer: 'Steadily',
      creationDate: options.now,
    },
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2, color: '#222222' },
    styles: {
      title: { fontSize: 18, bold: true, margin: [0, 0, 0, 2] },
      subtitle: { fontSize: 11, color: '#555555', margin: [0, 0, 0, 12] },
      h2: { fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
      th: { bold: true, fontSize: 9 },
      table: { fontSize: 9, margin: [0, 0, 0, 4] },
      muted: { color: '#555555', fontSize: 9, margin: [0, 2, 0, 0] },
    },
    footer: (page: number, pages: number) => ({
      text: `Steadily progress report · made ${longDate(made)} · page ${page} of ${pages} · not a diagnosis`,
      alignment: 'center',
      fontSize: 8,
      color: '#777777',
      margin: [40, 16, 40, 0],
    }),
    content: [
      { text: 'Steadily progress report', style: 'title' },
      {
        text: `${record.patient.displayName ?? 'Your report'}: ${longDate(f.range.from)} to ${longDate(f.range.to)}`,
        style: 'subtitle',
      },
      { text: 'Summary', style: 'h2', margin: [0, 0, 0, 6] },
      { ul: summaryLines(f), margin: [0, 0, 0, 4] },
      { text: 'Pain and capacity', style: 'h2' },
      { svg: chartSvg(f.days, { width: CONTENT_WIDTH, height: 190 }), width: CONTENT_WIDTH },
      {
        text: [
          { text: 'Green', color: CHART_COLOURS.capacity, bold: true },
          ': your dose as a share of your baseline. ',
          { text: 'Purple', color: CHART_COLOURS.pain, bold: true },
          ': your morning pain. Shaded days: a flare-up.',
        ],
        style: 'muted',
      },
      section(
        'What you did',
        f.exercises.length === 0 ? { text: 'No programme yet.', style: 'muted' } : exercisesTable(f),
      ),
      section('Measures against their meaningful change', measuresTable(f)),
      section('Flare-ups', flaresTable(f)),
      { text: 'Dose changes and their reasons', style: 'h2' },
      ...decisionsContent(record, f),
    ],
  };
}
