// Small factories for engine tests: a scenario with sensible defaults and events built by day.
import { type Scenario, type SimulationOutput, simulate } from '../simulate.ts';
import type { ExercisePlan, MorningEvent, ScenarioEvent, SessionEvent } from '../types.ts';

/** Baseline 15 minutes → starting quota 10 (70%, rounded down). */
export const walk: ExercisePlan = { id: 'walk', unit: 'minutes', baseline: [15] };

export function makeScenario(overrides: Partial<Scenario> = {}): Scenario {
  return { referenceMorningPain: 3, exercises: [walk], events: [], ...overrides };
}

export function makeSession(day: number, overrides: Partial<SessionEvent> = {}): SessionEvent {
  return { day, type: 'session', exercise: 'walk', done: 'quota', peak: 3, after: 3, ...overrides };
}

export function makeMorning(day: number, pain = 3): MorningEvent {
  return { day, type: 'morning', pain };
}

/** A calm morning and a calm session on each day from..to (the morning of `from` too). */
export function calmDays(from: number, to: number, exercise = 'walk'): ScenarioEvent[] {
  const events: ScenarioEvent[] = [];
  for (let day = from; day <= to; day++) {
    events.push(makeMorning(day), makeSession(day, { exercise }));
  }
  return events;
}

export function run(overrides: Partial<Scenario> = {}): SimulationOutput {
  return simulate(makeScenario(overrides));
}

export function decisionsOf(output: SimulationOutput, action?: string) {
  return output.decisions.filter((d) => action === undefined || d.action === action);
}
