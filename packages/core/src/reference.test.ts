import { describe, expect, it } from 'vitest';
import { addMorning, median, referenceFor } from './reference.ts';
import { createState } from './setup.ts';
import { walk } from './testing/factories.ts';

function stateWith(pains: number[]) {
  const state = createState({ referenceMorningPain: 4, exercises: [walk] });
  for (const [i, pain] of pains.entries()) addMorning(state, { day: i + 1, pain, reference: 0 });
  return state;
}

describe('reference morning pain R', () => {
  it('uses the onboarding reference with fewer than 3 mornings before the day', () => {
    expect(referenceFor(stateWith([1, 1]), 3)).toBe(4);
  });

  it('is the median of the mornings before the day (not the day itself)', () => {
    expect(referenceFor(stateWith([1, 2, 9]), 3)).toBe(4); // only two mornings before day 3
    expect(referenceFor(stateWith([1, 2, 9]), 4)).toBe(2);
  });

  it('uses only the 7 most recent mornings, however old', () => {
    expect(referenceFor(stateWith([9, 9, 9, 1, 1, 1, 2, 2, 2, 2]), 30)).toBe(2);
  });

  it('can be a half-point', () => {
    expect(referenceFor(stateWith([1, 2, 3, 4]), 5)).toBe(2.5);
  });

  it('keeps at least 8 mornings and the last 14 days', () => {
    const state = stateWith(Array.from({ length: 100 }, () => 3));
    expect(state.mornings.length).toBe(14);
  });
});

describe('median', () => {
  it('sorts before taking the middle', () => expect(median([5, 1, 3])).toBe(3));
});
