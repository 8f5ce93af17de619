import { describe, expect, it } from 'vitest';
import { PSFS_SHAPE, QUESTIONNAIRE_ITEMS } from './measures.ts';

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
