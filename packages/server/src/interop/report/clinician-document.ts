// The clinician report's layout (pdfmake, A4), for a GP or an insurer: who (patient identifiers, the
// clinician, the service), what and why (conditions, PSFS goals, the programme and its model), adherence
// and pain, measures at weeks 0/6/12 against their MCID, every exercise's dose against baseline with the
// deliberately low start explained, decisions, flares and next steps. Third person, clinical register.
import type pdfmake from 'pdfmake';
import type { Content } from 'pdfmake';
import type { PersonRecord } from '../record.ts';
import { type ClinicianFigures, clinicianFigures, type ExerciseRow } from './clinician-figures.ts';
import { type ClinicianWords, clinicianWordsFor } from './clinician-words.ts';
import type { ReportOptions } from './document.ts';
import { reportFigures } from './figures.ts';
import { amountText } from './summary.ts';
import { table } from './tables.ts';
import { longDate, number, tableDate, type Words, wordsFor } from './words.ts';

type DocumentDefinition = Parameters<typeof pdfmake.createPdf>[0];

export interface ClinicianReportOptions extends ReportOptions {
  /** The service the report comes from (an operator setting, e.g. "Northside Physiotherapy"). */
  service: string;
}

const signed = (w: Words, n: number) => `${n > 0 ? '+' : ''}${number(w.language, n)}`;

function whoTable(record: PersonRecord, c: ClinicianWords, w: Words, options: ClinicianReportOptions) {
  const clinicians = record.clinicians ?? [];
  const p = record.programme;
  const rows: [string, string][] = [
    [c.who.patient, record.patient.displayName ?? c.who.notRecorded],
    [
      c.who.birthDate,
      record.patient.birthYear === null ? c.who.notRecorded : String(record.patient.birthYear),
    ],
    [c.who.steadilyId, record.patient.id],
    [
      c.who.clinician,
      clinicians.length === 0 ? c.who.noClinician : clinicians.map((x) => x.name ?? x.id).join(', '),
    ],
    [c.who.service, options.service],
    [
      c.who.programme,
      p === null
        ? c.next.notStarted
        : c.programmeStatus[p.status](
            p.startDate === null ? null : longDate(w, p.startDate),
            p.endDate === null ? null : longDate(w, p.endDate),
          ),
    ],
    [c.who.period, `${longDate(w, options.range.from)} – ${longDate(w, options.range.to)}`],
  ];
  return {
    table: { widths: [110, '*'], body: rows.map(([k, v]) => [{ text: k, bold: true }, v]) },
    layout: 'noBorders',
    style: 'table',
  } satisfies Content;
}

function whyContent(record: PersonRecord, f: ClinicianFigures, c: ClinicianWords, w: Words): Content[] {
  const conditions = record.patient.conditions ?? [];
  const list = conditions.length === 0 ? null : conditions.map((id) => c.conditions[id]).join(', ');
  const goals =
    f.psfsGoals.length === 0
      ? [{ text: c.noGoals }]
      : [
          { text: c.goalsIntro, margin: [0, 4, 0, 2] },
          {
            ul: f.psfsGoals.map((g) =>
              c.goal(
                g.activity,
                number(w.language, g.first),
                g.latest === null ? null : number(w.language, g.latest),
              ),
            ),
          },
        ];
  return [
    { text: c.conditionsLine(list) },
    ...(goals as Content[]),
    ...c.model(f.presets, f.thresholds, f.dosing).map((text): Content => ({ text, margin: [0, 4, 0, 0] })),
  ];
}

function measuresContent(f: ClinicianFigures, c: ClinicianWords, w: Words): Content {
  if (f.measures.length === 0) return { text: c.noMeasures, style: 'muted' };
  const cell = (v: number | null) => (v === null ? '–' : number(w.language, v));
  return table(
    ['*', 'auto', 'auto', 'auto', 'auto', 'auto', 95],
    c.measuresHeader,
    f.measures.map((m) => [
      c.measureNames[m.kind],
      ...m.byWeek.map(cell),
      m.change === null ? '–' : signed(w, m.change),
      c.mcid[m.kind],
      m.kind === 'phq2'
        ? (m.byWeek.findLast((v) => v !== null) ?? 0) >= 3
          ? c.interpretation.phqHigh
          : c.interpretation.phqLow
        : m.meaningful === null
          ? c.interpretation.once
          : m.meaningful
            ? c.interpretation.meaningful
            : c.interpretation.notMeaningful,
    ]),
  );
}

function doseCell(e: ExerciseRow, value: number | null, pct: number | null, w: Words): string {
  if (value === null) return '–';
  return `${amountText(value, e.unit, w)}${pct === null ? '' : ` (${pct}%)`}`;
}

function dosesContent(f: ClinicianFigures, c: ClinicianWords, w: Words): Content[] {
  if (f.exercises.length === 0) return [{ text: w.none.programme, style: 'muted' }];
  return [
    { text: c.dosesExplained(f.thresholds.startPct), margin: [0, 0, 0, 6] },
    table(
      ['*', 'auto', 'auto', 'auto', 'auto', 'auto', 'auto'],
      c.dosesHeader,
      f.exercises.map((e) => [
        e.name,
        String(e.sessions),
        e.baseline === null ? '–' : amountText(e.baseline, e.unit, w),
        doseCell(e, e.startDose, e.startPct, w),
        doseCell(e, e.currentDose, e.currentPct, w),
        e.sinceStartPct === null ? '–' : `${signed(w, e.sinceStartPct)}%`,
        e.status === 'removed' && e.removedOn !== null
          ? `${c.status.removed} (${c.removedOn(tableDate(w, e.removedOn))})`
          : c.status[e.status],
      ]),
    ),
  ];
}

function decisionsContent(
  record: PersonRecord,
  f: ClinicianFigures,
  c: ClinicianWords,
  w: Words,
  range: ReportOptions['range'],
): Content[] {
  const parts = Object.entries(f.decisionCounts).map(
    ([action, n]) => `${c.actions[action as keyof typeof c.actions]} ${n}`,
  );
  if (parts.length === 0) return [{ text: c.noDecisions }];
  const exercise = (id: string) => record.programme?.exercises.find((e) => e.id === id);
  const changes = record.decisions.filter(
    (d) =>
      d.localDate >= range.from &&
      d.localDate <= range.to &&
      d.action !== 'hold' &&
      d.quota !== d.previousQuota,
  );
  return [
    { text: c.decisionsLine(parts), margin: [0, 0, 0, 6] },
    ...(changes.length === 0
      ? []
      : [
          table(
            [62, '*', 'auto', 'auto'],
            c.changesHeader,
            changes.map((d) => {
              const unit = exercise(d.exerciseId)?.unit ?? 'minutes';
              return [
                tableDate(w, d.localDate),
                exercise(d.exerciseId)?.name ?? d.exerciseId,
                c.actions[d.action],
                d.action === 'start'
                  ? amountText(d.quota, unit, w)
                  : c.fromTo(number(w.language, d.previousQuota), amountText(d.quota, unit, w)),
              ];
            }),
          ),
        ]),
  ];
}

function nextSteps(record: PersonRecord, f: ClinicianFigures, c: ClinicianWords, w: Words): string[] {
  const p = record.programme;
  if (p === null || p.status === 'draft') return [c.next.notStarted];
  const lines: string[] = [];
  if (p.status === 'ended' && p.endDate !== null) lines.push(c.next.ended(longDate(w, p.endDate)));
  if (f.openFlareSince !== null) lines.push(c.next.openFlare(longDate(w, f.openFlareSince)));
  if (f.phq2AtOrAbove3) lines.push(c.next.phq2);
  for (const due of f.measuresDue) lines.push(c.next.measuresDue(due.week, longDate(w, due.date)));
  if (p.status === 'active') lines.push(f.thresholds.progressPct === 0 ? c.next.pacing : c.next.continue);
  return lines;
}

export function clinicianReportDocument(
  record: PersonRecord,
  options: ClinicianReportOptions,
): DocumentDefinition {
  const language = options.language ?? 'en';
  const c = clinicianWordsFor(language);
  const w = wordsFor(language);
  const base = reportFigures(record, options.range);
  const f = clinicianFigures(record, options.range);
  const made = longDate(w, options.now.toISOString().slice(0, 10));
  const adherence: string[] = [
    base.sessions === 0
      ? c.adherence.noSessions
      : c.adherence.sessions(
          base.sessions,
          base.planned,
          base.planned > 0 ? Math.round((base.sessions / base.planned) * 100) : null,
        ),
    ...(base.weeks.counted > 0 ? [c.adherence.consistent(base.weeks.consistent, base.weeks.counted)] : []),
    base.pain.firstWeek !== null && base.pain.lastWeek !== null
      ? c.adherence.pain(number(language, base.pain.firstWeek), number(language, base.pain.lastWeek))
      : c.adherence.checkIns(base.pain.checkIns),
  ];
  const flares =
    base.flares.length === 0
      ? c.flaresNone
      : c.flares(
          base.flares.length,
          base.flares.map((x) => `${tableDate(w, x.startDate)} (${w.days(x.days, x.ongoing)})`).join(', '),
        );
  const flarePlan = record.programme?.flarePlan ?? null;
  return {
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 48],
    language: c.language,
    info: { title: c.title, creator: 'Steadily', producer: 'Steadily', creationDate: options.now },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2, color: '#222222' },
    styles: {
      title: { fontSize: 17, bold: true, margin: [0, 0, 0, 2] },
      subtitle: { fontSize: 11, color: '#555555', margin: [0, 0, 0, 10] },
      h2: { fontSize: 12, bold: true, margin: [0, 12, 0, 5] },
      th: { bold: true, fontSize: 8.5 },
      table: { fontSize: 8.5, margin: [0, 0, 0, 4] },
      muted: { color: '#555555', fontSize: 8.5, margin: [0, 2, 0, 0] },
    },
    footer: (page: number, pages: number) => ({
      text: c.footer(made, page, pages),
      alignment: 'center',
      fontSize: 8,
      color: '#777777',
      margin: [40, 16, 40, 0],
    }),
    content: [
      { text: c.title, style: 'title' },
      {
        text: c.subtitle(longDate(w, options.range.from), longDate(w, options.range.to)),
        style: 'subtitle',
      },
      { text: c.headings.who, style: 'h2', margin: [0, 0, 0, 5] },
      whoTable(record, c, w, options),
      { text: c.headings.why, style: 'h2' },
      ...whyContent(record, f, c, w),
      { text: c.headings.adherence, style: 'h2' },
      { ul: adherence },
      { text: c.headings.measures, style: 'h2' },
      measuresContent(f, c, w),
      // Kept on one page with its explanation: the start below baseline is read together with the table.
      { stack: [{ text: c.headings.doses, style: 'h2' }, ...dosesContent(f, c, w)], unbreakable: true },
      { text: c.headings.decisions, style: 'h2' },
      ...decisionsContent(record, f, c, w, options.range),
      { text: c.headings.flares, style: 'h2' },
      { text: flares },
      ...(flarePlan === null ? [] : [{ text: c.flarePlan(flarePlan), margin: [0, 4, 0, 0] } as Content]),
      { text: c.headings.next, style: 'h2' },
      { ul: nextSteps(record, f, c, w) },
      { text: c.notADiagnosis, style: 'muted', margin: [0, 14, 0, 0] },
    ],
  };
}
