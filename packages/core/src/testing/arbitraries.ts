// fast-check generators of whole scenarios: 1–3 exercises and up to 10 weeks of days with mornings
// (sometimes missing), sessions (calm, sore, over- or under-done), flares, crashes and symptoms.
// `mixed` histories explore every rule; `calm` ones make progressions and caps common.
import fc from 'fast-check';
import type { Scenario } from '../simulate.ts';
import type { DosingModel, ExercisePlan, SafetySymptom, ScenarioEvent, Unit } from '../types.ts';

type Mood = 'mixed' | 'calm';

const STEP: Record<Unit, number> = { minutes: 1, seconds: 5, reps: 1 };
/** How often the calm choice wins over any pain at all (odds calm : rough). */
const CALM_ODDS: Record<Mood, number> = { mixed: 4, calm: 30 };
/** One day in this many has a flare tap, and as many a crash; symptoms are rarer still. */
const RARE_DAYS: Record<Mood, number> = { mixed: 40, calm: 200 };

/** A flat draw (fast-check favours the bounds of a range, which breaks "one in N"). */
const oneIn = (n: number) => fc.noBias(fc.integer({ min: 1, max: n })).map((k) => k === 1);

const exerciseArb = (id: string): fc.Arbitrary<ExercisePlan> =>
  fc
    .record({
      unit: fc.constantFrom<Unit>('minutes', 'seconds', 'reps'),
      baseline: fc.array(fc.integer({ min: 1, max: 90 }), { minLength: 1, maxLength: 3 }),
      maxSteps: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
      perWeek: fc.integer({ min: 1, max: 7 }),
    })
    .map(({ unit, baseline, maxSteps, perWeek }) => ({
      id,
      unit,
      baseline,
      perWeek,
      ...(maxSteps === undefined ? {} : { maxQuota: maxSteps * STEP[unit] }),
    }));

function symptomArb(mood: Mood): fc.Arbitrary<SafetySymptom | undefined> {
  const scale = mood === 'calm' ? 5 : 1;
  // About 1 session in 100 (calm: 500) reports a pausing symptom, and 1 in 300 (calm: 1500) an urgent one.
  return fc
    .noBias(fc.integer({ min: 0, max: 300 * scale - 1 }))
    .map((n) =>
      n < 2 ? 'sharp_new_pain' : n === 2 ? 'numbness_weakness' : n === 3 ? 'chest_pain' : undefined,
    );
}

function dayArb(day: number, ids: string[], mood: Mood, reference: number): fc.Arbitrary<ScenarioEvent[]> {
  const anyPain = fc.integer({ min: 0, max: 10 });
  const calmPain = fc.integer({ min: 0, max: mood === 'calm' ? 4 : 5 });
  const mostly = <T>(calm: fc.Arbitrary<T>, rough: fc.Arbitrary<T>) =>
    fc.oneof({ weight: CALM_ODDS[mood], arbitrary: calm }, { weight: 1, arbitrary: rough });
  const session = (exercise: string) =>
    fc
      .record({
        done: mostly<number | 'quota'>(fc.constant('quota'), fc.integer({ min: 0, max: 120 })),
        peak: mostly(calmPain, anyPain),
        after: mostly(calmPain, anyPain),
        before: fc.option(calmPain, { nil: undefined, freq: 3 }),
        symptom: symptomArb(mood),
      })
      .map(
        ({ before, symptom, ...rest }): ScenarioEvent => ({
          day,
          type: 'session',
          exercise,
          ...rest,
          ...(before === undefined ? {} : { before }),
          ...(symptom === undefined ? {} : { symptom }),
        }),
      );
  return fc
    .record({
      // fc.option gives null once in `freq`: a missing morning.
      morning: fc.option(mostly(fc.constant(Math.min(10, reference)), anyPain), {
        freq: mood === 'calm' ? 30 : 6,
      }),
      flareTap: oneIn(RARE_DAYS[mood]),
      crash: oneIn(RARE_DAYS[mood]),
      sessions: fc.array(fc.constantFrom(...ids), { maxLength: ids.length + 1 }),
    })
    .chain(({ morning, flareTap, crash, sessions }) =>
      fc.tuple(...sessions.map(session)).map((logged) => {
        const events: ScenarioEvent[] = [];
        if (morning !== null) events.push({ day, type: 'morning', pain: morning });
        if (flareTap) events.push({ day, type: 'flare' });
        if (crash) events.push({ day, type: 'crash' });
        events.push(...logged);
        return events;
      }),
    );
}

function scenarioOf(mood: Mood): fc.Arbitrary<Scenario> {
  return fc
    .record({ count: fc.integer({ min: 1, max: 3 }), reference: fc.integer({ min: 0, max: 8 }) })
    .chain(({ count, reference }) => {
      const ids = ['a', 'b', 'c'].slice(0, count);
      return fc.record({
        exercises: fc.tuple(...ids.map(exerciseArb)),
        referenceMorningPain: fc.constant(reference),
        pacing: oneIn(6),
        days: fc
          .integer({ min: 1, max: 70 })
          .chain((n) =>
            fc.tuple(...Array.from({ length: n }, (_, i) => dayArb(i + 1, ids, mood, reference))),
          ),
      });
    })
    .map(({ exercises, referenceMorningPain, pacing, days }) => ({
      referenceMorningPain,
      exercises: [...exercises],
      screening: { pem: pacing },
      events: days.flat(),
    }));
}

export const scenarioArb = scenarioOf('mixed');
export const calmScenarioArb = scenarioOf('calm');

/** The same scenarios run under a given dosing model. */
export function withDosing(arb: fc.Arbitrary<Scenario>, dosing: DosingModel): fc.Arbitrary<Scenario> {
  return arb.map((scenario) => ({ ...scenario, dosing }));
}
