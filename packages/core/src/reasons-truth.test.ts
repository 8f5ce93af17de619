// Every reason is true of the numbers it cites (issue 12, item 7): a step back and a climb back to the
// same dose must not read as "has gone up a lot", and "after 1 more good day it can go up" must not be
// followed by a hold on that next good day.
import { describe, expect, it } from 'vitest';
import { fernandezHuertaScore, fleschKincaidGrade } from './readability.ts';
import { renderReason } from './reasons.ts';
import { type Scenario, simulate } from './simulate.ts';
import { informalSpanish } from './spanish-register.ts';
import type { ReasonCode, ReasonParams } from './types.ts';

/** Sit to stand at 4 reps; a RED day steps it back to 3, then every day is good. */
function stepBackThenGoodDays(days: number): Scenario {
  const events: Scenario['events'] = [
    { day: 1, type: 'session', exercise: 'sit', done: 'quota', peak: 8, after: 3 },
  ];
  for (let day = 2; day <= days; day++) {
    events.push({ day, type: 'morning', pain: 3 });
    events.push({ day, type: 'session', exercise: 'sit', done: 'quota', peak: 3, after: 3 });
  }
  return {
    referenceMorningPain: 3,
    exercises: [{ id: 'sit', unit: 'reps', baseline: [6] }],
    events,
  };
}

describe('reasons true of their numbers', () => {
  const { decisions } = simulate(stepBackThenGoodDays(12));
  const at = (day: number) => decisions.find((d) => d.day === day && d.exercise === 'sit');

  it('steps back from 4 to 3, climbs back to 4, and then holds at the cap', () => {
    expect(decisions.map((d) => [d.day, d.action, d.quota])).toEqual([
      [1, 'start', 4],
      [1, 'step_back', 3],
      [3, 'hold', 3],
      [4, 'progress', 4],
      [5, 'hold', 4],
      [6, 'hold', 4],
      [7, 'hold', 4],
      [8, 'hold', 4],
      [9, 'hold', 4],
      [10, 'hold', 4],
      [11, 'hold', 4],
      [12, 'hold', 4],
    ]);
  });

  it('promises "it can go up" only when the next good day does go up', () => {
    expect(at(3)?.reason).toMatch(/After 1 more good day like this, it can go up\./);
    expect(at(4)?.action).toBe('progress');
    // Day 5's good day is one short of the target, but the 14-day cap will hold day 6: no promise.
    expect(at(5)?.reason).not.toMatch(/can go up/);
    expect(at(5)?.reason).toBe(
      'Good session. Your pain stayed in your range. Sit stays at 4 times. It went up not long ago, so it stays at this level for a few more days first.',
    );
    for (const d of decisions) {
      if (!/it can go up/.test(d.reason)) continue;
      const next = decisions.find((x) => x.day > d.day && x.exercise === d.exercise);
      expect(next?.action, `after day ${d.day}: ${d.reason}`).toBe('progress');
    }
  });

  it('names the cap by its numbers: the lowest dose of the last two weeks, never "gone up a lot"', () => {
    const cap = at(6);
    expect(cap?.reason).toBe(
      'You are doing well. In the last two weeks, sit was as low as 3 times. Going up from there too fast raises the risk of harm. So it stays at 4 times for now.',
    );
    expect(cap?.reason).not.toMatch(/gone up a lot/);
    expect(
      renderReason('es', 'hold_cap_growth', {
        exercise: 'sentarse',
        unit: 'reps',
        from: 4,
        to: 4,
        lowest: 3,
      }),
    ).toBe(
      'Va muy bien. En las dos últimas semanas, sentarse estuvo en solo 3 veces. Subir muy rápido desde ahí trae más riesgo. Por eso se queda en 4 veces por ahora.',
    );
  });

  it('reads at grade 7 (English) and as easy "usted" Spanish in every variant', () => {
    const base = { exercise: 'walking', unit: 'minutes', from: 10, to: 10, remaining: 1 };
    const variants: [ReasonCode, ReasonParams][] = [
      ['hold_cap_growth', { ...base, lowest: 8 }],
      ['hold_cap_growth', base],
      ...['up', 'week', 'cap', 'max'].map((outlook): [ReasonCode, ReasonParams] => [
        'hold_green_streak',
        { ...base, outlook },
      ]),
    ];
    for (const [code, params] of variants) {
      const en = renderReason('en', code, params);
      expect(fleschKincaidGrade(en), en).toBeLessThanOrEqual(7);
      const es = renderReason('es', code, { ...params, exercise: 'caminar' });
      expect(fernandezHuertaScore(es), es).toBeGreaterThanOrEqual(70);
      expect(informalSpanish(es), es).toEqual([]);
    }
  });
});
