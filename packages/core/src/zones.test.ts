import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, resolveThresholds } from './thresholds.ts';
import { classifyAtOnce, classifyMorning, painLimit, type SessionReading, worst } from './zones.ts';

const t = DEFAULT_THRESHOLDS;
const reading = (overrides: Partial<SessionReading> = {}): SessionReading => ({
  peak: 3,
  after: 3,
  before: 3,
  done: 10,
  quota: 10,
  symptom: false,
  ...overrides,
});

describe('painLimit', () => {
  it('is the ceiling when pain before is low', () => expect(painLimit(2, t)).toBe(5));
  it('accepts a rise of 2 above pain before', () => expect(painLimit(4, t)).toBe(6));
  it('never goes above the hard ceiling', () => expect(painLimit(6, t)).toBe(7));
  it('is a fixed 5 with the tendinopathy preset', () => {
    expect(painLimit(4, resolveThresholds(['tendinopathy']))).toBe(5);
  });
  it('keeps a half-point reference', () => expect(painLimit(4.5, t)).toBe(6.5));
});

describe('classifyAtOnce', () => {
  it('is GREEN below the limit', () => expect(classifyAtOnce(reading({ peak: 4 }), t).zone).toBe('GREEN'));
  it('is AMBER when peak pain reaches the limit exactly', () => {
    expect(classifyAtOnce(reading({ peak: 5 }), t)).toEqual({ zone: 'AMBER', cause: 'peak' });
  });
  it('is RED when peak pain goes above the limit', () => {
    expect(classifyAtOnce(reading({ peak: 6 }), t)).toEqual({ zone: 'RED', cause: 'peak' });
  });
  it('is RED when pain after goes above the limit', () => {
    expect(classifyAtOnce(reading({ after: 6 }), t)).toEqual({ zone: 'RED', cause: 'after' });
  });
  it('is AMBER when pain after reaches the limit', () => {
    expect(classifyAtOnce(reading({ after: 5 }), t).zone).toBe('AMBER');
  });
  it('ignores a missing pain after', () => {
    expect(classifyAtOnce(reading({ after: undefined }), t).zone).toBe('GREEN');
  });
  it('uses the half-point limit as a band: 6 is AMBER and 7 is RED under 6.5', () => {
    expect(classifyAtOnce(reading({ before: 4.5, peak: 6 }), t).zone).toBe('AMBER');
    expect(classifyAtOnce(reading({ before: 4.5, peak: 7 }), t).zone).toBe('RED');
    expect(classifyAtOnce(reading({ before: 4.5, peak: 5 }), t).zone).toBe('GREEN');
  });
  it('is RED with a safety symptom whatever the pain', () => {
    expect(classifyAtOnce(reading({ peak: 0, symptom: true }), t)).toEqual({ zone: 'RED', cause: 'symptom' });
  });
  it('is GREEN at exactly 80% of the quota and AMBER just below', () => {
    expect(classifyAtOnce(reading({ done: 8 }), t).zone).toBe('GREEN');
    expect(classifyAtOnce(reading({ done: 7.99 }), t)).toEqual({ zone: 'AMBER', cause: 'less' });
  });
  it('is GREEN at exactly 120% of the quota and AMBER just above', () => {
    expect(classifyAtOnce(reading({ done: 12 }), t).zone).toBe('GREEN');
    expect(classifyAtOnce(reading({ done: 12.01 }), t)).toEqual({ zone: 'AMBER', cause: 'more' });
  });
  it('compares percentages exactly (80% of 35 is 28)', () => {
    expect(classifyAtOnce(reading({ quota: 35, done: 28 }), t).zone).toBe('GREEN');
  });
});

describe('classifyMorning', () => {
  it('is RED two points above the reference', () => expect(classifyMorning(5, 3).zone).toBe('RED'));
  it('holds one point above the reference (within the noise)', () =>
    expect(classifyMorning(4, 3).zone).toBe('AMBER'));
  it('is GREEN at the reference', () => expect(classifyMorning(3, 3).zone).toBe('GREEN'));
  it('works with a half-point reference', () => {
    expect(classifyMorning(5, 3.5).zone).toBe('AMBER');
    expect(classifyMorning(6, 3.5).zone).toBe('RED');
    expect(classifyMorning(4, 3.5).zone).toBe('GREEN');
  });
});

describe('worst', () => {
  it('keeps the worst zone and its cause', () => {
    expect(
      worst(
        { zone: 'AMBER', cause: 'less' },
        { zone: 'RED', cause: 'morning' },
        { zone: 'GREEN', cause: null },
      ),
    ).toEqual({ zone: 'RED', cause: 'morning' });
  });
  it('keeps the first cause on a tie', () => {
    expect(worst({ zone: 'AMBER', cause: 'peak' }, { zone: 'AMBER', cause: 'morning' }).cause).toBe('peak');
  });
});
