import { describe, expect, it } from 'vitest';
import { decisionsOf, makeMorning, makeSession, run } from './testing/factories.ts';
import type { ScenarioEvent } from './types.ts';

/** Mornings 1..last with the given pain, and calm sessions from day 13 so decisions fall after day 14. */
function history(last: number, pain: (day: number) => number, mornings = (_day: number) => true) {
  const events: ScenarioEvent[] = [];
  for (let day = 1; day <= last; day++) {
    if (mornings(day)) events.push(makeMorning(day, pain(day)));
    if (day >= 13) events.push(makeSession(day, { before: 5, peak: 5, after: 5 }));
  }
  return events;
}

describe('the week rule', () => {
  const worse = (day: number) => (day <= 7 ? 3 : 4);

  it('flags a week one point worse than the week before and asks how the person is', () => {
    const out = run({ referenceMorningPain: 4, events: history(14, worse) });
    expect(out.final.flags).toContain('week_worse');
  });

  it('blocks progress on days d..d+7 and lets it go after', () => {
    const out = run({ referenceMorningPain: 4, events: history(30, worse) });
    const blocked = out.decisions.filter((d) => d.reasonCode === 'hold_week_worse').map((d) => d.day);
    expect(blocked.length).toBeGreaterThan(0);
    expect(Math.max(...blocked)).toBeLessThanOrEqual(21);
    expect(decisionsOf(out, 'progress').every((d) => d.day > 21)).toBe(true);
    expect(decisionsOf(out, 'progress').length).toBeGreaterThan(0);
  });

  it('needs at least 4 answers in each week', () => {
    const sparse = (day: number) => day > 7 || day <= 3;
    expect(run({ referenceMorningPain: 4, events: history(14, worse, sparse) }).final.flags).not.toContain(
      'week_worse',
    );
  });

  it('does not flag a rise of less than one point', () => {
    const slight = (day: number) => (day <= 7 ? 3 : day <= 13 ? 4 : 3); // 6 × 4 + 3 = 27/7 ≈ 3.86
    expect(run({ referenceMorningPain: 4, events: history(14, slight) }).final.flags).not.toContain(
      'week_worse',
    );
  });
});
