import { describe, expect, it } from 'vitest';
import { judgeChange, MEASURE_MCID, PSFS_SHAPE, QUESTIONNAIRE_ITEMS, roundScore } from './measures.ts';

describe('measure shapes (SPEC §3)', () => {
  it('give PEG 3 items 0–10, PSEQ 10 items 0–6 and PHQ-2 2 items 0–3', () => {
    expect(QUESTIONNAIRE_ITEMS).toEqual({
      PEG: { count: 3, max: 10 },
      PSEQ: { count: 10, max: 6 },
      PHQ2: { count: 2, max: 3 },
    });
  });

  it('add up to the totals SPEC names: PSEQ 0–60, PHQ-2 0–6', () => {
    const total = (id: keyof typeof QUESTIONNAIRE_ITEMS) =>
      QUESTIONNAIRE_ITEMS[id].count * QUESTIONNAIRE_ITEMS[id].max;
    expect([total('PSEQ'), total('PHQ2')]).toEqual([60, 6]);
  });

  it('let PSFS score up to 3 activities 0–10', () => {
    expect(PSFS_SHAPE).toEqual({ activities: 3, max: 10 });
  });
});

describe('one rounding and one MCID (issue 14)', () => {
  it('rounds every score to 1 decimal', () => {
    expect(roundScore(22 / 3)).toBe(7.3);
    expect(roundScore(2 / 3)).toBe(0.7);
  });

  it('judges PEG by 30 % lower than the first score', () => {
    expect(MEASURE_MCID.peg).toEqual({ better: 'lower', points: null, percent: 30 });
    expect(judgeChange('peg', 22 / 3, 5)).toEqual({ change: -2.3, meaningful: true });
    expect(judgeChange('peg', 22 / 3, 6)).toEqual({ change: -1.3, meaningful: false });
    expect(judgeChange('peg', 10, 7)).toEqual({ change: -3, meaningful: true });
    expect(judgeChange('peg', 0, 0).meaningful).toBe(false);
  });

  it('judges PSEQ by 11 points up and PSFS by 1.4 up', () => {
    expect(judgeChange('pseq', 20, 31).meaningful).toBe(true);
    expect(judgeChange('pseq', 20, 30).meaningful).toBe(false);
    expect(judgeChange('psfs', 3, 4.4).meaningful).toBe(true);
    expect(judgeChange('psfs', 3, 4.3).meaningful).toBe(false);
    expect(judgeChange('pseq', 30, 10)).toEqual({ change: -20, meaningful: false });
  });
});
