import { DEFAULT_THRESHOLDS, type Thresholds } from '@steadily/core';
import { describe, expect, it } from 'vitest';
import { readThresholds, textsOf } from './threshold-fields.ts';

const current: Thresholds = { ...DEFAULT_THRESHOLDS, flareFactors: [0.6, 0.8] };

describe('the threshold form', () => {
  it('sends nothing when nothing changed', () => {
    expect(readThresholds(textsOf(current), current)).toEqual({ changes: {}, errors: {} });
  });

  it('sends only the numbers the clinician changed, decimal commas accepted', () => {
    const texts = { ...textsOf(current), ceiling: '4', stepBack: '0,7', flareFactors: '0.6, 0.7' };
    expect(readThresholds(texts, current)).toEqual({
      changes: { ceiling: 4, stepBack: 0.7, flareFactors: [0.6, 0.7] },
      errors: {},
    });
  });

  it('names each field out of range, with the range', () => {
    const texts = { ...textsOf(current), ceiling: '11', stepBack: '1', capFactor: '1', startPct: '0' };
    const { errors, changes } = readThresholds(texts, current);
    expect(Object.keys(errors).sort()).toEqual(['capFactor', 'ceiling', 'startPct', 'stepBack']);
    expect(errors.ceiling).toMatchObject({ code: 'range', rule: { min: 0, max: 10 } });
    expect(changes).toEqual({});
  });

  it('wants whole numbers where SPEC counts days or GREEN days', () => {
    const texts = { ...textsOf(current), greensToProgress: '2.5', capDays: 'two' };
    expect(readThresholds(texts, current).errors).toEqual({
      greensToProgress: { code: 'whole' },
      capDays: { code: 'number' },
    });
  });

  it('refuses a hard ceiling below the ceiling, and flare factors that go down', () => {
    const texts = { ...textsOf(current), ceiling: '6', hardCeiling: '5', flareFactors: '0.8, 0.6' };
    expect(readThresholds(texts, current).errors).toEqual({
      hardCeiling: { code: 'hardBelowCeiling' },
      flareFactors: { code: 'ascending' },
    });
    expect(readThresholds({ ...textsOf(current), flareFactors: '' }, current).errors).toEqual({
      flareFactors: { code: 'list' },
    });
  });
});
