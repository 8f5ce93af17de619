import { describe, expect, it } from 'vitest';
import { fernandezHuertaScore, fleschKincaidGrade } from './readability.ts';
import { REASON_CODES, renderReason } from './reasons.ts';
import { informalSpanish } from './spanish-register.ts';

const samples = [
  {
    exercise: 'walking',
    unit: 'minutes',
    from: 10,
    to: 11,
    limit: 5,
    count: 2,
    remaining: 1,
    symptom: 'chest_pain',
  },
  {
    exercise: 'sit to stand',
    unit: 'reps',
    from: 8,
    to: 6,
    limit: 6,
    count: 2,
    remaining: 2,
    symptom: 'joint_locking',
  },
  {
    exercise: 'wall stretch',
    unit: 'seconds',
    from: 40,
    to: 35,
    limit: 7,
    count: 3,
    remaining: 1,
    symptom: 'sharp_new_pain',
  },
];

describe('reasons', () => {
  it.each(REASON_CODES)('%s reads at grade 7 or below in English', (code) => {
    for (const params of samples) {
      const text = renderReason('en', code, params);
      expect(fleschKincaidGrade(text), text).toBeLessThanOrEqual(7);
    }
  });

  it.each(REASON_CODES)('%s reads as fairly easy Spanish (Fernández-Huerta ≥ 70)', (code) => {
    for (const params of samples) {
      const text = renderReason('es', code, { ...params, exercise: 'caminar' });
      expect(fernandezHuertaScore(text), text).toBeGreaterThanOrEqual(70);
    }
  });

  it.each(REASON_CODES)('%s speaks to the person as "usted", like the rest of the app', (code) => {
    for (const params of samples) {
      const text = renderReason('es', code, { ...params, exercise: 'caminar' });
      expect(informalSpanish(text), text).toEqual([]);
    }
  });

  it('uses the numbers and units it was given', () => {
    expect(renderReason('en', 'progress', samples[0] as never)).toBe(
      'Your pain stayed in your range and settled by the next morning, 2 days in a row. So walking goes up from 10 to 11 minutes.',
    );
    expect(renderReason('es', 'step_back_pain', { ...samples[1], exercise: 'sentadillas' } as never)).toMatch(
      /baja de 8 a 6 veces/,
    );
  });

  it('names the symptom in plain words', () => {
    expect(renderReason('en', 'stop_symptom', samples[0] as never)).toMatch(/chest pain or pressure/);
  });

  it('uses the singular for one', () => {
    expect(renderReason('en', 'start', { exercise: 'plank', unit: 'minutes', from: 1, to: 1 })).toMatch(
      /at 1 minute\./,
    );
  });

  it('never blames: flare and step-back reasons say it is not failure or harm', () => {
    expect(renderReason('en', 'flare', samples[0] as never)).toMatch(/not a sign of harm/);
    expect(renderReason('en', 'step_back_morning', samples[0] as never)).toMatch(/not a failure/);
  });

  it('possible cauda equina (bladder or bowel, saddle numbness) says emergency care now, in both languages', () => {
    for (const symptom of ['bladder_bowel', 'saddle_numbness']) {
      for (const selfGuided of [false, true]) {
        const en = renderReason('en', 'stop_red_flag', { symptom }, { selfGuided });
        expect(en).toMatch(
          /^One of your answers can be a sign of a serious nerve problem in your back\. Go to an emergency department now\./,
        );
        expect(en).not.toMatch(/soon/);
        expect(fleschKincaidGrade(en), en).toBeLessThanOrEqual(7);
        const es = renderReason('es', 'stop_red_flag', { symptom }, { selfGuided });
        expect(es).toMatch(/Vaya a urgencias ahora/);
        expect(es).not.toMatch(/pronto/);
        expect(informalSpanish(es), es).toEqual([]);
        expect(fernandezHuertaScore(es), es).toBeGreaterThanOrEqual(70);
      }
    }
    expect(renderReason('en', 'stop_red_flag', { symptom: 'fever' })).toMatch(/a doctor soon/);
  });

  it('never tells a self-guided person that a clinician was told or will act', () => {
    const codes = REASON_CODES.filter(
      (code) => code !== 'set_by_clinician' && code !== 'flare_ended_by_clinician',
    );
    for (const code of codes) {
      for (const params of samples) {
        const en = renderReason('en', code, params, { selfGuided: true });
        expect(en, en).not.toMatch(/clinician|care team/i);
        expect(fleschKincaidGrade(en), en).toBeLessThanOrEqual(7);
        const es = renderReason('es', code, { ...params, exercise: 'caminar' }, { selfGuided: true });
        expect(es, es).not.toMatch(/equipo de salud/i);
        expect(informalSpanish(es), es).toEqual([]);
        expect(fernandezHuertaScore(es), es).toBeGreaterThanOrEqual(70);
      }
    }
    // A clinician's patient is still told their clinician acts.
    expect(renderReason('en', 'stop_symptom', samples[0] as never)).toMatch(/We told your clinician/);
  });
});
