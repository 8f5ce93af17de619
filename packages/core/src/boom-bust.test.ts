import { describe, expect, it } from 'vitest';
import { makeMorning, makeSession, run } from './testing/factories.ts';
import type { ScenarioEvent, SessionEvent } from './types.ts';

const exercises = [{ id: 'walk', unit: 'minutes' as const, baseline: [20] }]; // start 14

/** Days 1..last, each with a calm morning (from day 2) and a calm session, with overrides. */
function history(
  last: number,
  sessions: Record<number, Partial<SessionEvent>> = {},
  mornings: Record<number, number> = {},
) {
  const events: ScenarioEvent[] = [];
  for (let day = 1; day <= last; day++) {
    if (day > 1) events.push(makeMorning(day, mornings[day] ?? 3));
    events.push(makeSession(day, sessions[day]));
  }
  events.push(makeMorning(last + 1));
  return events;
}

const flags = (events: ScenarioEvent[]) => run({ exercises, events }).final.flags;

describe('boom–bust', () => {
  it('flags two boom days followed by a RED session, a week apart', () => {
    expect(
      flags(history(20, { 8: { done: 40 }, 9: { peak: 8 }, 15: { done: 40 }, 16: { peak: 8 } })),
    ).toContain('boom_bust');
  });

  it('does not flag booms without a bust', () => {
    expect(flags(history(20, { 8: { done: 40 }, 15: { done: 40 } }))).not.toContain('boom_bust');
  });

  it('does not flag two cycles 14 days apart, and flags them 13 days apart', () => {
    const apart = (second: number) =>
      history(30, { 8: { done: 40 }, 9: { peak: 8 }, [second]: { done: 40 }, [second + 1]: { peak: 8 } });
    expect(flags(apart(22))).not.toContain('boom_bust');
    expect(flags(apart(21))).toContain('boom_bust');
  });

  it('counts a bad morning two days after the boom as a bust', () => {
    expect(flags(history(20, { 8: { done: 40 }, 15: { done: 40 } }, { 10: 6, 17: 6 }))).toContain(
      'boom_bust',
    );
  });

  it('counts a crash the day after the boom as a bust', () => {
    const events = history(20, { 8: { done: 40 }, 15: { done: 40 } }).flatMap((e) =>
      e.type === 'morning' && (e.day === 9 || e.day === 16)
        ? [e, { day: e.day, type: 'crash' } as ScenarioEvent]
        : [e],
    );
    expect(flags(events)).toContain('boom_bust');
  });

  it('ignores a boom in the first week (b ≥ f + 7)', () => {
    expect(
      flags(history(20, { 7: { done: 40 }, 8: { peak: 8 }, 14: { done: 40 }, 15: { peak: 8 } })),
    ).not.toContain('boom_bust');
  });

  it('needs the day to be at least 20 minutes above the usual', () => {
    // usual ≈ 14–16 minutes: 33 minutes is ≥ 1.5 × the median but not ≥ median + 20
    const small = history(20, { 8: { done: 33 }, 9: { peak: 8 }, 15: { done: 33 }, 16: { peak: 8 } });
    expect(flags(small)).not.toContain('boom_bust');
  });
});
