import { describe, expect, it } from 'vitest';
import { setsNotation, setsOf, splitIntoSets, takesSets } from './prescription.ts';

describe('splitIntoSets', () => {
  it('splits evenly when it can', () => {
    expect(splitIntoSets(24, 3)).toEqual([8, 8, 8]);
    expect(splitIntoSets(120, 4)).toEqual([30, 30, 30, 30]);
  });
  it('puts the remainder on the first sets', () => {
    expect(splitIntoSets(25, 3)).toEqual([9, 8, 8]);
    expect(splitIntoSets(26, 3)).toEqual([9, 9, 8]);
  });
  it('never gives a set of 0', () => {
    expect(splitIntoSets(2, 3)).toEqual([1, 1]);
    expect(splitIntoSets(0, 3)).toEqual([0]);
  });
  it('always adds up to the (whole) quota', () => {
    for (let quota = 1; quota <= 200; quota++) {
      for (let sets = 1; sets <= 10; sets++) {
        const split = splitIntoSets(quota, sets);
        expect(split.reduce((s, n) => s + n, 0)).toBe(quota);
        expect(Math.max(...split) - Math.min(...split)).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('setsOf and setsNotation', () => {
  it('splits reps and holds, never minutes', () => {
    expect(takesSets('minutes')).toBe(false);
    expect(setsOf('minutes', 20, 3)).toBeNull();
    expect(setsOf('reps', 24, null)).toBeNull();
    expect(setsOf('seconds', 120, 4)).toEqual([30, 30, 30, 30]);
  });
  it('writes sets as clinicians do', () => {
    expect(setsNotation([8, 8, 8])).toBe('3 × 8');
    expect(setsNotation([9, 8, 8])).toBe('9 + 8 + 8');
  });
});
