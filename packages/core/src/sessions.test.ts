import { describe, expect, it } from 'vitest';
import { startEngine } from './engine.ts';
import { makeMorning, makeSession } from './testing/factories.ts';
import type { Decision, DosingModel, EngineEvent } from './types.ts';

// SPEC §5 "one zone per exercise a day": a RED-at-once day, then another RED-at-once day, with a
// session of the first day still waiting (no morning on day 3 to finalise it).
const events: EngineEvent[] = [
  makeSession(1),
  makeMorning(2),
  makeSession(2), // waits for the morning of day 3
  makeSession(2, { peak: 8, after: 4 }), // RED at once: the exercise-day of day 2 steps back
  makeSession(3, { peak: 8, after: 4 }), // RED at once again, on day 3 (no morning that day)
  makeMorning(4), // the waiting session of day 2 has timed out by now
];

function decisionsFor(rulesVersion: number, dosing: DosingModel = 'classic'): Decision[] {
  const { engine, decisions } = startEngine({
    dosing,
    rulesVersion,
    referenceMorningPain: 3,
    exercises: [{ id: 'walk', unit: 'minutes', baseline: [10, 10, 10] }],
  });
  const all = [...decisions];
  for (const event of events) all.push(...engine.apply(event).decisions);
  return all;
}

describe('a multi-session exercise-day that stepped back at once', () => {
  it('takes no further decision from its other sessions (rules version 2)', () => {
    const decisions = decisionsFor(2);
    const day2 = decisions.filter((d) => d.inputs.sessionDay === 2);
    expect(day2.map((d) => d.action)).toEqual(['step_back']);
    expect(decisions.map((d) => [d.day, d.action, d.quota])).toEqual([
      [1, 'start', 7],
      [2, 'hold', 7], // day 1's GREEN session, with the morning of day 2
      [2, 'step_back', 5],
      [3, 'step_back', 4],
    ]);
  });

  it('keeps the old behaviour for stored programmes (rules version 1): a second decision', () => {
    const decisions = decisionsFor(1);
    const day2 = decisions.filter((d) => d.inputs.sessionDay === 2);
    expect(day2.map((d) => d.action)).toEqual(['step_back', 'hold']);
    expect(day2[1]?.reasonCode).toBe('hold_timeout');
  });

  it('holds under "personal" too: one decision for the exercise-day', () => {
    const decisions = decisionsFor(2, 'personal');
    const day2 = decisions.filter((d) => d.inputs.sessionDay === 2);
    expect(day2).toHaveLength(1);
    expect(day2[0]?.zone).toBe('RED');
    expect(decisions.every((d) => d.inputs.dosing === 'personal')).toBe(true);
  });
});
