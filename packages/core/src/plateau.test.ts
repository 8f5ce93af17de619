import { describe, expect, it } from 'vitest';
import { makeMorning, makeSession, run } from './testing/factories.ts';
import type { ScenarioEvent } from './types.ts';

/** Sessions on the given days of 1..last (calm, pain 5 ≤ limit 7 with R = 5), a morning every day. */
function history(
  last: number,
  options: { pain?: (day: number) => number; sessionOn?: (day: number) => boolean } = {},
) {
  const events: ScenarioEvent[] = [];
  for (let day = 1; day <= last; day++) {
    events.push(makeMorning(day, options.pain?.(day) ?? 5));
    if (options.sessionOn?.(day) ?? true) events.push(makeSession(day, { before: 5, peak: 5, after: 5 }));
  }
  return events;
}

const flags = (events: ScenarioEvent[], perWeek = 5) =>
  run({
    referenceMorningPain: 5,
    exercises: [{ id: 'walk', unit: 'minutes', baseline: [15], perWeek }],
    events,
  }).final.flags;

describe('plateau', () => {
  it('is flagged six weeks in (day f + 41) when pain has not come down', () => {
    expect(flags(history(41))).not.toContain('plateau');
    expect(flags(history(42))).toContain('plateau');
  });

  it('is not flagged when the first week’s pain was below 2', () => {
    expect(flags(history(50, { pain: () => 1 }))).not.toContain('plateau');
  });

  it('is not flagged when this week is a point below the first week', () => {
    expect(flags(history(50, { pain: (day) => (day <= 7 ? 5 : 4) }))).not.toContain('plateau');
  });

  it('is flagged when this week is less than a point below', () => {
    // first week: 5,5,5,5,5,5,4 (mean 4.86); last week all 4 → 0.86 below
    expect(flags(history(50, { pain: (day) => (day < 7 ? 5 : 4) }))).toContain('plateau');
  });

  it('needs 70% of the planned sessions over the last three weeks', () => {
    // perWeek 7 → 3 weeks × 7 × 70% = 14.7 → 15 sessions needed
    const sessionOn = (n: number) => (day: number) => day < 22 || (day - 22) % 21 < n;
    expect(flags(history(42, { sessionOn: sessionOn(14) }), 7)).not.toContain('plateau');
    expect(flags(history(42, { sessionOn: sessionOn(15) }), 7)).toContain('plateau');
  });
});
