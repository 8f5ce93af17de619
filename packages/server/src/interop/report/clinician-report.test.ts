import { fernandezHuertaScore, fleschKincaidGrade, informalSpanish, type Language } from '@steadily/core';
import { PDFParse } from 'pdf-parse';
import { describe, expect, it } from 'vitest';
import type { PersonRecord } from '../record.ts';
import { makeEmptyRecord, makeJourneyRecord, NOW } from '../testing/records.ts';
import { clinicianFigures } from './clinician-figures.ts';
import { reportFigures } from './figures.ts';
import { renderClinicianReport, renderReport } from './render.ts';
import { summaryLines } from './summary.ts';
import { wordsFor } from './words.ts';

const WHOLE = { from: '2025-03-03', to: '2025-04-20' };

/** The journey with conditions, presets and a clinician, and the plank never progressed past its start. */
function journey(): PersonRecord {
  const record = makeJourneyRecord(49);
  const first = record.decisions.find((d) => d.exerciseId === 'plank');
  return {
    ...record,
    patient: {
      ...record.patient,
      conditions: ['chronic_low_back_pain', 'knee_osteoarthritis'],
      presets: ['default', 'osteoarthritis'],
    },
    clinicians: [{ id: '3f2b8c1a-0000-4000-8000-000000000001', name: 'Sam Physio', role: 'clinician' }],
    decisions: record.decisions.filter((d) => d.exerciseId !== 'plank' || d === first),
  };
}

async function text(bytes: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

const clinicianText = async (record: PersonRecord, language: Language = 'en') =>
  text(
    await renderClinicianReport(record, { range: WHOLE, now: NOW, language, service: 'Northside Physio' }),
  );

describe('the clinician report', () => {
  it('gives every exercise against its baseline and its start dose, the one that did not go up too', () => {
    const f = clinicianFigures(journey(), WHOLE);
    expect(f.thresholds.startPct).toBe(70);
    expect(
      f.exercises.map((e) => [
        e.name,
        e.startDose,
        e.startPct,
        e.currentDose,
        e.currentPct,
        e.sinceStartPct,
        e.status,
      ]),
    ).toEqual([
      ['Easy walk', 7, 64, 9, 82, 29, 'increased'],
      ['Sit to stand', 6, 67, 9, 100, 50, 'increased'],
      ['Wall plank', 20, 57, 20, 57, 0, 'unchanged'],
    ]);
  });

  it('puts measures at weeks 0, 6 and 12 against their MCID, and says when week 12 is due', () => {
    const f = clinicianFigures(journey(), WHOLE);
    expect(f.measures.map((m) => [m.kind, m.byWeek, m.change, m.meaningful])).toEqual([
      ['peg', [5.7, 4.3, null], -1.3, false],
      ['pseq', [25, 37, null], 12, true],
      ['psfs', [3.5, 5, null], 1.5, true],
      ['phq2', [3, 2, null], null, null],
    ]);
    expect(f.psfsGoals).toEqual([
      { activity: 'Gardening', first: 3, latest: 5 },
      { activity: 'Carrying shopping', first: 4, latest: 5 },
    ]);
    expect(f.measuresDue).toEqual([{ week: 12, date: '2025-05-26' }]);
  });

  it('prints who, what and why, the figures, and the start below baseline explained', async () => {
    const t = await clinicianText(journey());
    expect(t).toContain(
      'Patient Ana García-López Year of birth 1971 Steadily ID 5b0f3f8e-7c1d-4e2a-9b3c-1d2e3f4a5b6c',
    );
    expect(t).toContain('Clinician Sam Physio Service Northside Physio Programme Active since 3 March 2025');
    expect(t).toContain('Conditions recorded: Chronic low back pain, Knee osteoarthritis.');
    expect(t).toContain('Gardening: 3/10 at baseline, 5/10 at the latest review.');
    expect(t).toContain('osteoarthritis (pain after exercise checked at 2 hours)');
    expect(t).toContain('The patient logged 77 sessions of 77 planned (100%).');
    expect(t).toMatch(
      /PSEQ \(pain self-efficacy; 0–60\) 25 37 – \+12 \+11 points Clinically important improvement/,
    );
    expect(t).toMatch(
      /PEG \(pain, enjoyment, general activity; 0–10\) 5\.7 4\.3 – -1\.3 30% reduction Below the MCID/,
    );
    expect(t).toContain(
      'By design, the first dose is set below baseline, at 70% of it (graded activity, Lambeek 2007)',
    );
    expect(t).toContain('Easy walk 35 11 min 7 min (64%) 9 min (82%) +29% Increased');
    expect(t).toContain('Wall plank 21 35 sec 20 sec (57%) 20 sec (57%) 0% Not increased');
    expect(t).toContain('1 flare-up recorded: 22 Mar 2025 (5 days).');
    expect(t).toContain('Agreed flare plan: Keep moving gently, use heat, and pace the day.');
    expect(t).toContain('Week 12 outcome measures due on 26 May 2025.');
    // Never a bare percentage against baseline, and never the second person.
    expect(t).not.toMatch(/−\d+ ?% vs baseline/);
    expect(t).not.toMatch(/\b(you|your)\b/i);
  });

  it('says truthfully that no clinician is linked to a self-guided record, and when nothing was recorded', async () => {
    const t = await clinicianText(makeEmptyRecord({ clinicians: [] }));
    expect(t).toContain('Clinician None: self-guided use (no clinician is linked to this record)');
    expect(t).toContain('Year of birth Not recorded');
    expect(t).toContain('Conditions recorded: none recorded.');
    expect(t).toContain('No outcome measures have been recorded.');
    expect(t).toContain('The programme has not started yet.');
  });

  it('is in Spanish, formal, with the same figures', async () => {
    const t = await clinicianText(journey(), 'es');
    expect(t).toContain('Informe clínico de progreso');
    expect(t).toContain('Profesional Sam Physio Servicio Northside Physio');
    expect(t).toContain('Condiciones registradas: Lumbalgia crónica, Artrosis de rodilla.');
    expect(t).toContain('en el 70% (actividad graduada, Lambeek 2007)');
    expect(t).toContain('Wall plank 21 35 s 20 s (57%) 20 s (57%) 0% Sin aumento');
    expect(t).toMatch(
      /PSFS \(función específica del paciente; 0–10\) 3,5 5 – \+1,5 \+1,4 puntos Mejora clínicamente importante/,
    );
    expect(informalSpanish(t)).toEqual([]);
  });
});

describe('the person’s own report', () => {
  it('names an exercise that did not go up, in plain words', () => {
    for (const language of ['en', 'es'] as const) {
      const lines = summaryLines(reportFigures(journey(), WHOLE), wordsFor(language));
      const same = lines.find((l) => l.includes('Wall plank')) ?? '';
      expect(same).toMatch(
        language === 'en'
          ? /^Some doses stayed the same\. Wall plank: 20 sec\./
          : /^Algunas dosis se quedaron igual\. Wall plank: 20 s\./,
      );
      if (language === 'en') expect(fleschKincaidGrade(same)).toBeLessThanOrEqual(7);
      else expect(fernandezHuertaScore(same)).toBeGreaterThanOrEqual(70);
    }
  });

  it('explains that the first dose is below the baseline on purpose, in plain words', async () => {
    for (const language of ['en', 'es'] as const) {
      const note = wordsFor(language).baselineNote(70);
      if (language === 'en') expect(fleschKincaidGrade(note)).toBeLessThanOrEqual(7);
      else expect(fernandezHuertaScore(note)).toBeGreaterThanOrEqual(70);
    }
    const t = await text(await renderReport(journey(), { range: WHOLE, now: NOW }));
    expect(t).toContain('Your first dose was set on purpose at 70% of it, so you could build up safely.');
    expect(t).toContain('Wall plank 21 20 sec 20 sec 35 sec 57%');
  });
});
