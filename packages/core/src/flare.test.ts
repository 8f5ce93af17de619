import { describe, expect, it } from 'vitest';
import { calmDays, decisionsOf, makeMorning, makeSession, run } from './testing/factories.ts';
import type { ScenarioEvent } from './types.ts';

const flare = (day: number): ScenarioEvent => ({ day, type: 'flare' });

describe('entering a flare', () => {
  it('lowers every quota to 60% of the quota before, with a kind message', () => {
    const out = run({ events: [flare(1)] });
    expect(decisionsOf(out, 'flare')).toMatchObject([{ day: 1, zone: null, quota: 6, previousQuota: 10 }]);
    expect(out.decisions.at(-1)?.reason).toMatch(/not a sign of harm or of something you did wrong/);
    expect(out.final).toMatchObject({ mode: 'flare', flares: [{ startDay: 1, endDay: null }] });
  });

  it('never lowers a quota to zero', () => {
    const out = run({ exercises: [{ id: 'walk', unit: 'minutes', baseline: [1.5] }], events: [flare(1)] });
    expect(decisionsOf(out, 'flare')[0]?.quota).toBe(1);
  });

  it('starts when two mornings in a row are 2 points above their reference', () => {
    const out = run({ events: [makeMorning(1, 5), makeMorning(2, 5)] });
    expect(out.final.flares).toEqual([{ startDay: 2, endDay: null }]);
  });

  it('does not start on one bad morning, or on two bad mornings a day apart', () => {
    expect(run({ events: [makeMorning(1, 5), makeMorning(2, 3)] }).final.flares).toEqual([]);
    expect(run({ events: [makeMorning(1, 5), makeMorning(3, 5)] }).final.flares).toEqual([]);
  });

  it('ignores a second trigger during a flare', () => {
    const out = run({ events: [flare(1), flare(2)] });
    expect(decisionsOf(out, 'flare')).toHaveLength(1);
    expect(out.final.quotas.walk).toBe(6);
  });

  it('takes no step_back, hold or progress decisions in flare mode', () => {
    const out = run({
      events: [flare(1), makeSession(1, { peak: 8 }), makeMorning(2), makeSession(2), makeMorning(3)],
    });
    expect(out.decisions.map((d) => d.action)).toEqual(['start', 'flare']);
  });
});

describe('rebuilding after a flare', () => {
  const goodDays = (from: number, to: number) => calmDays(from, to).concat(makeMorning(to + 1));
  /** A flare tapped on day 1, then a calm session that day. */
  const flareDay1 = [flare(1), makeSession(1)];

  it('goes 0.6 → 0.8 after 2 good days and back to 1.0 after 2 more, ending the flare', () => {
    const out = run({ events: [...flareDay1, ...goodDays(2, 4)] });
    expect(decisionsOf(out, 'rebuild').map((d) => [d.day, d.quota])).toEqual([
      [3, 8],
      [5, 10],
    ]);
    expect(out.final).toMatchObject({ mode: 'normal', flares: [{ startDay: 1, endDay: 5 }] });
  });

  it('restarts the count after a RED session but keeps the factor', () => {
    const events = [...flareDay1, makeMorning(2), makeSession(2, { peak: 8 }), ...goodDays(3, 4)];
    const out = run({ events });
    // day 1 counts (morning 2), the RED on day 2 resets, days 3 and 4 count → rebuild on day 5
    expect(decisionsOf(out, 'rebuild').map((d) => d.day)).toEqual([5]);
  });

  it('neither counts nor resets on a day whose sessions timed out', () => {
    const events = [flare(1), makeSession(1), makeMorning(2), makeSession(2), makeSession(4), makeMorning(5)];
    const out = run({ events });
    // day 1 counts (morning 2), day 2 times out (no morning 3), day 4 counts → 2 good days at day 5
    expect(decisionsOf(out, 'rebuild').map((d) => d.day)).toEqual([5]);
  });

  it('resets the count on a crash', () => {
    const events = [
      ...flareDay1,
      makeMorning(2),
      { day: 2, type: 'crash' } as ScenarioEvent,
      makeSession(2),
      makeMorning(3),
    ];
    expect(decisionsOf(run({ events }), 'rebuild')).toHaveLength(0);
  });

  it('is not limited by the 14-day cap, and goes back to the pre-flare quota in pacing mode too', () => {
    const out = run({ screening: { pem: true }, events: [...flareDay1, ...goodDays(2, 4)] });
    // mecfs: start 60% of 15 = 9; flare 60% → 5; 0.8 → 7; 1.0 → 9
    expect(decisionsOf(out, 'rebuild').map((d) => d.quota)).toEqual([7, 9]);
    expect(out.final.mode).toBe('pacing');
  });

  it('restarts green streaks when the flare ends', () => {
    const out = run({ events: [...flareDay1, ...goodDays(2, 5)] });
    // the flare ends at the morning of day 5; day 5's session is the first GREEN of a new streak
    expect(out.decisions.at(-1)).toMatchObject({ day: 6, action: 'hold', reasonCode: 'hold_green_streak' });
  });
});

describe('flare flags', () => {
  it('flags a flare that lasts more than 7 days', () => {
    expect(run({ events: [flare(1), makeMorning(8)] }).final.flags).not.toContain('flare_prolonged');
    expect(run({ events: [flare(1), makeMorning(9)] }).final.flags).toContain('flare_prolonged');
  });

  it('flags 3 flares that start within 28 days', () => {
    const cycle = (start: number) => [
      makeMorning(start),
      flare(start),
      makeSession(start),
      ...calmDays(start + 1, start + 3),
      makeMorning(start + 4),
    ];
    const within = run({ events: [...cycle(1), ...cycle(10), ...cycle(28)] });
    expect(within.final.flares).toHaveLength(3);
    expect(within.final.flags).toContain('flares_frequent');
    const apart = run({ events: [...cycle(1), ...cycle(10), ...cycle(29)] });
    expect(apart.final.flags).not.toContain('flares_frequent');
  });
});
