import { describe, expect, it } from 'vitest';
import { lowestOutsideFlare, progressTarget } from './dosing.ts';
import { exerciseState } from './setup.ts';
import { calmDays, decisionsOf, makeMorning, makeSession, run, walk } from './testing/factories.ts';
import { DEFAULT_THRESHOLDS } from './thresholds.ts';

describe('stepping back', () => {
  it('steps back 20% at once after a RED session, on the session day', () => {
    const out = run({ events: [makeSession(1, { peak: 7 })] });
    expect(decisionsOf(out, 'step_back')).toMatchObject([
      { day: 1, zone: 'RED', quota: 8, previousQuota: 10 },
    ]);
  });

  it('steps back at the morning when the next morning is 2 points worse', () => {
    const out = run({ events: [makeSession(1), makeMorning(2, 5)] });
    expect(decisionsOf(out, 'step_back')).toMatchObject([{ day: 2, zone: 'RED', quota: 8 }]);
    expect(out.decisions.at(-1)?.reason).toMatch(/next morning/);
  });

  it('still gives a step_back decision when the quota is already one step', () => {
    const out = run({
      exercises: [{ id: 'walk', unit: 'minutes', baseline: [1] }],
      events: [makeSession(1, { peak: 8 })],
    });
    expect(decisionsOf(out, 'step_back')).toMatchObject([{ quota: 1, previousQuota: 1 }]);
  });

  it('rounds down to the step (seconds in steps of 5)', () => {
    const out = run({
      exercises: [{ id: 'hold', unit: 'seconds', baseline: [60] }],
      events: [makeSession(1, { exercise: 'hold', peak: 8 })],
    });
    // start: 70% of 60 = 42 → 40; step back: 80% of 40 = 32 → 30
    expect(decisionsOf(out, 'step_back')[0]?.quota).toBe(30);
  });

  it('says that a step back is normal, not failure', () => {
    const out = run({ events: [makeSession(1, { peak: 7 })] });
    expect(out.decisions.at(-1)?.reason).toMatch(/not a failure/);
  });
});

describe('one zone per exercise a day', () => {
  it('decides once with the worst of the day’s sessions', () => {
    const out = run({ events: [makeSession(1), makeSession(1, { peak: 5 }), makeMorning(2)] });
    const day2 = out.decisions.filter((d) => d.day === 2);
    expect(day2).toMatchObject([{ action: 'hold', zone: 'AMBER' }]);
  });

  it('steps back at most once for two RED sessions on one day', () => {
    const out = run({
      events: [makeSession(1, { peak: 8 }), makeSession(1, { peak: 9 }), makeMorning(2, 6)],
    });
    expect(decisionsOf(out, 'step_back')).toHaveLength(1);
    expect(out.final.quotas.walk).toBe(8);
  });
});

describe('holding', () => {
  it('holds on AMBER and resets the green streak', () => {
    const out = run({
      events: [
        makeSession(1),
        makeMorning(2),
        makeSession(2, { peak: 5 }),
        makeMorning(3),
        makeSession(3),
        makeMorning(4),
      ],
    });
    expect(decisionsOf(out, 'progress')).toHaveLength(0);
    expect(out.decisions.map((d) => d.zone)).toEqual([null, 'GREEN', 'AMBER', 'GREEN']);
  });

  it('holds when more than planned was done, and says so kindly', () => {
    const out = run({ events: [makeSession(1, { done: 13 }), makeMorning(2)] });
    expect(out.decisions.at(-1)).toMatchObject({
      action: 'hold',
      zone: 'AMBER',
      reasonCode: 'hold_amber_more',
    });
    expect(out.decisions.at(-1)?.reason).toMatch(/no reason to go up faster/);
  });

  it('holds a morning one point worse (noise) rather than stepping back', () => {
    const out = run({ events: [makeSession(1), makeMorning(2, 4)] });
    expect(out.decisions.at(-1)).toMatchObject({
      action: 'hold',
      zone: 'AMBER',
      reasonCode: 'hold_amber_morning',
    });
  });
});

describe('missing mornings', () => {
  it('counts a session as AMBER when no morning comes, decided at the first event two days on', () => {
    const out = run({ events: [makeSession(1), makeSession(2), makeMorning(3)] });
    expect(out.decisions.filter((d) => d.day === 3)).toMatchObject([
      { action: 'hold', zone: 'AMBER', reasonCode: 'hold_timeout' },
      { action: 'hold', zone: 'GREEN' },
    ]);
  });

  it('gives no decision to sessions still waiting after the last event', () => {
    const out = run({ events: [makeSession(1)] });
    expect(out.decisions.map((d) => d.action)).toEqual(['start']);
  });
});

describe('progressing', () => {
  it('progresses after two GREEN days, by one step or 10%, whichever is more', () => {
    const out = run({ events: calmDays(1, 2).concat(makeMorning(3)) });
    expect(decisionsOf(out, 'progress')).toMatchObject([{ day: 3, quota: 11, previousQuota: 10 }]);
    const big = run({
      exercises: [{ id: 'walk', unit: 'minutes', baseline: [30] }],
      events: calmDays(1, 2).concat(makeMorning(3)),
    });
    // 70% of 30 = 21; 21 × 1.1 = 23.1 → 23
    expect(decisionsOf(big, 'progress')[0]?.quota).toBe(23);
  });

  it('explains a progression with the numbers', () => {
    const out = run({ events: calmDays(1, 2).concat(makeMorning(3)) });
    expect(decisionsOf(out, 'progress')[0]?.reason).toBe(
      'Your pain stayed in your range and settled by the next morning, 2 days in a row. So walk goes up from 10 to 11 minutes.',
    );
  });

  it('never progresses in pacing mode', () => {
    const out = run({ screening: { pem: true }, events: calmDays(1, 20) });
    expect(decisionsOf(out, 'progress')).toHaveLength(0);
    expect(out.final.mode).toBe('pacing');
  });

  it('holds at maxQuota and names the cap', () => {
    const out = run({
      exercises: [{ id: 'walk', unit: 'minutes', baseline: [15], maxQuota: 10 }],
      events: calmDays(1, 2).concat(makeMorning(3)),
    });
    expect(out.decisions.at(-1)).toMatchObject({ action: 'hold', reasonCode: 'hold_cap_max', quota: 10 });
  });

  it('holds at the 14-day cap and names it', () => {
    const out = run({ events: calmDays(1, 8).concat(makeMorning(9)) });
    // 10 → 11 (day 3) → 12 (day 5) → 13 (day 7) → day 9 wants 14 but the cap is 13 (1.3 × 10)
    expect(out.decisions.filter((d) => d.day === 9)).toMatchObject([
      { action: 'hold', reasonCode: 'hold_cap_growth' },
    ]);
    expect(out.decisions.at(-1)?.reason).toMatch(/last two weeks/);
  });

  it('progresses again once the low quota leaves the 14-day window', () => {
    const out = run({ events: calmDays(1, 18).concat(makeMorning(19)) });
    // 10 was in force until the progress of day 3, so it caps every decision up to day 17.
    expect(decisionsOf(out, 'progress').map((d) => [d.day, d.quota])).toEqual([
      [3, 11],
      [5, 12],
      [7, 13],
      [19, 14],
    ]);
  });
});

describe('lowestOutsideFlare', () => {
  const ex = () => ({
    ...exerciseState(walk, 70),
    history: [
      { day: 1, steps: 10, flare: false },
      { day: 3, steps: 11, flare: false },
      { day: 6, steps: 6, flare: true },
      { day: 9, steps: 12, flare: false },
    ],
  });

  it('counts a quota in force at the start of the window’s first day', () => {
    expect(lowestOutsideFlare(ex(), 3, 17)).toBe(10);
  });

  it('drops a quota replaced before the window', () => {
    expect(lowestOutsideFlare(ex(), 4, 18)).toBe(11);
  });

  it('never counts flare quotas', () => {
    expect(lowestOutsideFlare(ex(), 7, 20)).toBe(12);
  });

  it('caps growth at max(lowest + step, 1.3 × lowest)', () => {
    const state = { ...ex(), steps: 12 };
    expect(progressTarget(state, DEFAULT_THRESHOLDS, 17)).toMatchObject({
      steps: 13,
      capSteps: 13,
      lowest: 10,
    });
  });
});
