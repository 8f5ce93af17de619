// The progress report's layout (pdfmake document definition, A4): summary in plain words, the pain-versus-
// capacity chart, what the person did, measures against their meaningful change, flare-ups, and the
// dose changes with their reasons, in English or Spanish. Pure: rendering to bytes is in render.ts.
import { type Language, resolveThresholds } from '@steadily/core';
import type pdfmake from 'pdfmake';
import type { Content } from 'pdfmake';
import { localDateOf } from '../../services/local-date.ts';
import type { PersonRecord } from '../record.ts';
import { CHART_COLOURS, chartSvg } from './chart.ts';
import { type ReportRange, reportFigures } from './figures.ts';
import { summaryLines } from './summary.ts';
import { decisionsContent, exercisesTable, flaresTable, measuresTable } from './tables.ts';
import { longDate, wordsFor } from './words.ts';

type TDocumentDefinitions = Parameters<typeof pdfmake.createPdf>[0];

export interface ReportOptions {
  range: ReportRange;
  /** Shown as the date the report was made (injected clock). */
  now: Date;
  /** The person's language (default English). */
  language?: Language;
}

/** The share of the baseline a programme starts at, from the person's presets (SPEC §9). */
export const startPctOf = (record: PersonRecord) =>
  resolveThresholds(record.patient.presets?.length ? record.patient.presets : ['default']).startPct;

const CONTENT_WIDTH = 515; // A4 (595 pt) less 40 pt margins

/** A heading kept on the same page as its (short) table. */
const section = (title: string, body: Content): Content => ({
  stack: [{ text: title, style: 'h2' }, body],
  unbreakable: true,
});

export function reportDocument(record: PersonRecord, options: ReportOptions): TDocumentDefinitions {
  const w = wordsFor(options.language ?? 'en');
  const f = reportFigures(record, options.range, localDateOf(options.now, record.patient.timeZone));
  const made = longDate(w, options.now.toISOString().slice(0, 10));
  return {
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 48],
    language: w.language,
    info: { title: w.title, creator: 'Steadily', producer: 'Steadily', creationDate: options.now },
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
      text: w.footer(made, page, pages),
      alignment: 'center',
      fontSize: 8,
      color: '#777777',
      margin: [40, 16, 40, 0],
    }),
    content: [
      { text: w.title, style: 'title' },
      {
        text: `${record.patient.displayName ?? w.yourReport}: ${w.period(longDate(w, f.range.from), longDate(w, f.range.to))}`,
        style: 'subtitle',
      },
      { text: w.headings.summary, style: 'h2', margin: [0, 0, 0, 6] },
      { ul: summaryLines(f, w), margin: [0, 0, 0, 4] },
      { text: w.headings.chart, style: 'h2' },
      { svg: chartSvg(f.days, { width: CONTENT_WIDTH, height: 190 }, w), width: CONTENT_WIDTH },
      {
        text: [
          { text: w.chart.green, color: CHART_COLOURS.capacity, bold: true },
          w.chart.greenText,
          { text: w.chart.purple, color: CHART_COLOURS.pain, bold: true },
          w.chart.purpleText,
        ],
        style: 'muted',
      },
      section(w.headings.did, {
        stack: [
          exercisesTable(f, w),
          ...(f.exercises.some((e) => e.baseline !== null)
            ? [{ text: w.baselineNote(startPctOf(record)), style: 'muted' }]
            : []),
        ],
      }),
      section(w.headings.measures, measuresTable(f, w)),
      section(w.headings.flares, flaresTable(f, w)),
      { text: w.headings.changes, style: 'h2' },
      ...decisionsContent(record, f, w),
    ],
  };
}
