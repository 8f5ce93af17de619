import { fernandezHuertaScore, fleschKincaidGrade, informalSpanish, type Language } from '@steadily/core';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../services/local-date.ts';
import type { PersonRecord } from '../record.ts';
import { makeEmptyRecord, makeJourneyRecord, NOW } from '../testing/records.ts';
import { reportFigures } from './figures.ts';
import { renderReport } from './render.ts';
import { summaryLines } from './summary.ts';
import { wordsFor } from './words.ts';

const journey = makeJourneyRecord(49);
const WHOLE = { from: '2025-03-03', to: '2025-04-20' };
const FLARE_WEEK = { from: '2025-03-17', to: '2025-03-24' };

async function pdfText(record: PersonRecord, range: { from: string; to: string }, language: Language = 'en') {
  const bytes = await renderReport(record, { range, now: NOW, language });
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getText();
    // Table cells and wrapped lines come out with line breaks: compare on single spaces.
    return { bytes, text: result.text.replace(/\s+/g, ' '), pages: result.pages.length };
  } finally {
    await parser.destroy();
  }
}

describe('report figures', () => {
  it('leads with what the person did: sessions, exercise time, reps, consistency and capacity', () => {
    const f = reportFigures(journey, WHOLE);
    const minutes =
      journey.sessions.filter((s) => s.exerciseId === 'walk').reduce((sum, s) => sum + s.done, 0) +
      journey.sessions.filter((s) => s.exerciseId === 'plank').reduce((sum, s) => sum + s.done / 60, 0);
    expect(f).toMatchObject({ sessions: 77, planned: 77, activeMinutes: Math.round(minutes), reps: 148 });
    expect(f.weeks).toEqual({ counted: 7, consistent: 7 });
    expect(f.exercises.map((e) => [e.name, e.quotaAtStart, e.quotaAtEnd, e.vsBaselinePct])).toEqual([
      ['Easy walk', 7, 9, 82],
      ['Sit to stand', 6, 9, 100],
      ['Wall plank', 20, 30, 86],
    ]);
    expect(f.samePainMoreWork).toEqual({ minutesChangePct: 25, painChange: -1 });
  });

  it('counts the weeks the app counts: a week that ends on the day the report is made is not over yet', () => {
    // 49 days: made on the last day, 6 weeks are over (as the app's progress on day 49); a day later, 7.
    expect(reportFigures(journey, WHOLE, WHOLE.to).weeks.counted).toBe(6);
    expect(reportFigures(journey, WHOLE, addDays(WHOLE.to, 1)).weeks.counted).toBe(7);
    expect(reportFigures(journey, WHOLE).weeks.counted).toBe(7);
  });

  it('gives the dose at the end as the clinician’s sets, and the load (issue 14)', () => {
    const programme = journey.programme as NonNullable<PersonRecord['programme']>;
    const exercises = programme.exercises.map((e) => ({ ...e, sets: 2, loadKg: 4 }));
    const f = reportFigures({ ...journey, programme: { ...programme, exercises } }, WHOLE);
    // Walking is given in minutes (no sets); sit to stand ends at 9 (5 + 4); the plank at 30 s (15 + 15).
    expect(f.exercises.map((e) => [e.name, e.setsAtEnd, e.loadKg])).toEqual([
      ['Easy walk', null, 4],
      ['Sit to stand', [5, 4], 4],
      ['Wall plank', [15, 15], 4],
    ]);
  });

  it('starts a programme that began inside the range at its first dose, not at none', () => {
    const first = journey.decisions[0]?.localDate as string;
    const from = addDays(first, -5);
    const f = reportFigures(journey, { from, to: WHOLE.to });
    expect(f.exercises.map((e) => e.quotaAtStart)).toEqual([7, 6, 20]);
  });

  it('compares measures with their meaningful change, and PHQ-2 only ever suggests a talk', () => {
    const f = reportFigures(journey, WHOLE);
    expect(f.measures.map((m) => [m.kind, m.change, m.meaningful])).toEqual([
      ['pseq', 12, true],
      ['psfs', 1.5, true],
      ['peg', -1.3, false],
    ]);
    expect(f.phq2?.suggestTalk).toBe(false);
    expect(reportFigures(journey, FLARE_WEEK).phq2?.suggestTalk).toBe(true);
  });

  it('gives flare durations, an open one counted to the end of the range', () => {
    expect(reportFigures(journey, WHOLE).flares).toEqual([
      { startDate: '2025-03-22', endDate: '2025-03-27', days: 5, ongoing: false },
    ]);
    expect(reportFigures(journey, FLARE_WEEK).flares[0]).toMatchObject({ days: 2, ongoing: true });
  });

  it('keeps the chart’s capacity at the dose in force, and shades flare days', () => {
    const days = reportFigures(journey, WHOLE).days;
    expect(days).toHaveLength(49);
    expect(days[0]).toMatchObject({ morningPain: null, inFlare: false });
    // Day 1: 7/11, 6/9 and 20/35 of baseline → a mean of 64%.
    expect(days[0]?.capacityPct).toBe(Math.round(((7 / 11 + 6 / 9 + 20 / 35) / 3) * 100));
    expect(days.filter((d) => d.inFlare).map((d) => d.localDate)).toEqual([
      '2025-03-22',
      '2025-03-23',
      '2025-03-24',
      '2025-03-25',
      '2025-03-26',
    ]);
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => reportFigures(journey, { from: '2025-03-10', to: '2025-03-09' })).toThrow(RangeError);
  });

  it('writes the summary in plain words: reading grade 7 or below, Fernández-Huerta 70 or more', () => {
    for (const range of [WHOLE, FLARE_WEEK]) {
      for (const line of summaryLines(reportFigures(journey, range), wordsFor('en')))
        expect(fleschKincaidGrade(line), line).toBeLessThanOrEqual(7);
      for (const line of summaryLines(reportFigures(journey, range), wordsFor('es')))
        expect(fernandezHuertaScore(line), line).toBeGreaterThanOrEqual(70);
    }
  });
});

describe('the PDF report', () => {
  it('is an A4 PDF whose text carries the figures, what was done first', async () => {
    const { bytes, text, pages } = await pdfText(journey, WHOLE);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.2\d* 841\.8\d*\]/);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain('Ana García-López: 3 March 2025 to 20 April 2025');
    const did = text.indexOf(
      'You did 77 sessions (100% of the 77 planned). That was 4 h 42 min of exercise and 148 reps.',
    );
    const pain = text.indexOf(
      'Your morning pain was 5.3 out of 10 on average in the first week, and 4.3 in the last week.',
    );
    expect(did).toBeGreaterThan(0);
    expect(pain).toBeGreaterThan(did);
    expect(text).toContain('Easy walk: 7 min to 9 min.');
    expect(text).toContain('Same pain, more work.');
  });

  it('shows the chart’s axes, measures against their meaningful change, flares and reasons', async () => {
    const { text } = await pdfText(journey, WHOLE);
    expect(text).toContain('Morning pain (0–10)');
    expect(text).toContain('Capacity: dose as % of baseline');
    expect(text).toMatch(
      /PSEQ \(confidence despite pain\) 25 3 Mar 2025 37 14 Apr 2025 \+12 11 points up Meaningful change/,
    );
    expect(text).toMatch(
      /PSFS \(your own activities\) 3\.5 3 Mar 2025 5 14 Apr 2025 \+1\.5 1\.4 points up Meaningful change/,
    );
    expect(text).toMatch(
      /PEG \(pain and its impact\) 5\.7 3 Mar 2025 4\.3 14 Apr 2025 -1\.3 30% lower Not yet a meaningful change/,
    );
    expect(text).toMatch(/22 Mar 2025 27 Mar 2025 5 days/);
    expect(text).toContain('Step back: 9 to 7 min');
    expect(text).toContain('So Easy walk goes up from 7 to 8 minutes.');
    expect(text).toContain(
      'Doses kept the same (hold decisions): Easy walk 26, Sit to stand 15, Wall plank 15.',
    );
  });

  it('suggests talking to a clinician after a PHQ-2 of 3 or more, and never names a diagnosis', async () => {
    const { text } = await pdfText(journey, FLARE_WEEK);
    expect(text).toContain('We suggest talking to a clinician about it. It is not a diagnosis.');
    expect(text).toContain('Suggest talking to a clinician (not a diagnosis)');
    expect(text).not.toMatch(/depress|diagnosed/i);
    expect(text).toContain('2 days so far');
  });

  it('speaks Spanish to a Spanish-speaking person, reasons included', async () => {
    const { text } = await pdfText(journey, WHOLE, 'es');
    expect(text).toContain('Informe de progreso de Steadily');
    expect(text).toContain('Ana García-López: del 3 de marzo de 2025 al 20 de abril de 2025');
    expect(text).toContain(
      'Hizo 77 sesiones (el 100% de las 77 previstas). Fueron 4 h 42 min de ejercicio y 148 repeticiones.',
    );
    expect(text).toContain(
      'Su dolor de la mañana fue de 5,3 sobre 10 de media la primera semana, y de 4,3 la última.',
    );
    expect(text).toContain('Por eso Easy walk sube de 7 a 8 minutos.');
    expect(text).toMatch(
      /PSFS \(sus propias actividades\) 3,5 3 mar 2025 5 14 abr 2025 \+1,5 1,4 puntos más Cambio importante/,
    );
    expect(text).not.toMatch(/ goes up from | Flare-up /);
    expect(informalSpanish(text)).toEqual([]);
  });

  it('renders for a person with no programme yet', async () => {
    const { text } = await pdfText(makeEmptyRecord(), { from: '2025-03-03', to: '2025-03-09' });
    expect(text).toContain('Your report: 3 March 2025 to 9 March 2025');
    expect(text).toContain('You did not log any sessions in this period.');
    expect(text).toContain('No measures recorded yet.');
    expect(text).toContain('No flare-ups in this period.');
    expect(text).toContain('Nothing logged in this period yet');
    expect(text).not.toContain('of 1 week');
  });
});
