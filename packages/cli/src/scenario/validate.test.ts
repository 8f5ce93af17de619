import { describe, expect, it } from 'vitest';
import { parseScenarioText, ScenarioError, validateScenario } from './validate.ts';

const valid = () => ({
  referenceMorningPain: 3,
  exercises: [{ id: 'walk', unit: 'minutes', baseline: [10, 12, 11] }],
  events: [
    { day: 1, type: 'session', exercise: 'walk', done: 'quota', peak: 4, after: 3 },
    { day: 2, type: 'morning', pain: 3 },
  ] as Record<string, unknown>[],
});

function problem(mutate: (s: ReturnType<typeof valid>) => unknown): string {
  const scenario = valid();
  mutate(scenario);
  try {
    validateScenario(scenario);
  } catch (error) {
    if (error instanceof ScenarioError) return error.message;
    throw error;
  }
  return 'valid';
}

describe('validateScenario', () => {
  it('accepts the contract’s example', () => expect(problem(() => undefined)).toBe('valid'));

  it.each([
    ['a missing exercises list', (s: any) => delete s.exercises, /^exercises: is required/],
    ['an empty exercises list', (s: any) => (s.exercises = []), /^exercises: needs at least one exercise/],
    ['a missing reference', (s: any) => delete s.referenceMorningPain, /^referenceMorningPain: is required/],
    [
      'a reference above 10',
      (s: any) => (s.referenceMorningPain = 11),
      /^referenceMorningPain: must be from 0 to 10/,
    ],
    ['a pain above 10', (s: any) => (s.events[1].pain = 11), /^events\[1\]\.pain: must be from 0 to 10/],
    [
      'a pain that is not whole',
      (s: any) => (s.events[0].peak = 4.5),
      /^events\[0\]\.peak: must be a whole number/,
    ],
    [
      'a pain given as text',
      (s: any) => (s.events[0].after = '3'),
      /^events\[0\]\.after: must be a number, not string "3"/,
    ],
    ['a negative done', (s: any) => (s.events[0].done = -1), /^events\[0\]\.done/],
    [
      'an unknown exercise',
      (s: any) => (s.events[0].exercise = 'swim'),
      /^events\[0\]\.exercise: unknown exercise "swim"/,
    ],
    [
      'an unknown event type',
      (s: any) => (s.events[1].type = 'nap'),
      /^events\[1\]\.type: unknown event type "nap"/,
    ],
    [
      'an unknown symptom',
      (s: any) => (s.events[0].symptom = 'itch'),
      /^events\[0\]\.symptom: unknown value "itch"/,
    ],
    [
      'an unknown unit',
      (s: any) => (s.exercises[0].unit = 'miles'),
      /^exercises\[0\]\.unit: unknown value "miles"/,
    ],
    ['an unknown preset', (s: any) => (s.preset = 'knees'), /^preset/],
    [
      'an unknown preset in a list',
      (s: any) => (s.preset = ['default', 'knees']),
      /^preset\[1\]: unknown value "knees"/,
    ],
    [
      'an unknown threshold key',
      (s: any) => (s.thresholds = { ceilng: 5 }),
      /^thresholds: unknown field "ceilng"/,
    ],
    [
      'an unknown red flag',
      (s: any) => (s.screening = { redFlags: ['headache'] }),
      /^screening\.redFlags\[0\]: unknown value/,
    ],
    [
      'six clearance answers',
      (s: any) => (s.screening = { clearance: [false, false] }),
      /^screening\.clearance: needs exactly 7/,
    ],
    ['an unknown top-level field', (s: any) => (s.extra = 1), /^\(file\): unknown field "extra"/],
    ['an unknown event field', (s: any) => (s.events[1].mood = 'ok'), /^events\[1\]: unknown field "mood"/],
    [
      'a duplicate exercise id',
      (s: any) => s.exercises.push({ ...s.exercises[0] }),
      /^exercises\[1\]\.id: duplicate exercise id "walk"/,
    ],
    [
      'four baseline trials',
      (s: any) => (s.exercises[0].baseline = [1, 2, 3, 4]),
      /^exercises\[0\]\.baseline: needs 1 to 3/,
    ],
    [
      'a zero baseline',
      (s: any) => (s.exercises[0].baseline = [0]),
      /^exercises\[0\]\.baseline\[0\]: must be a number > 0/,
    ],
    [
      'a maxQuota off the step',
      (s: any) => Object.assign(s.exercises[0], { unit: 'seconds', maxQuota: 62 }),
      /^exercises\[0\]\.maxQuota: must be a multiple of the step \(5\)/,
    ],
    ['a day of 0', (s: any) => (s.events[0].day = 0), /^events\[0\]\.day: must be a whole number ≥ 1/],
    ['events out of day order', (s: any) => (s.events[1].day = 0.5), /^events\[1\]\.day/],
    [
      'an earlier day after a later one',
      (s: any) => s.events.push({ day: 1, type: 'flare' }),
      /^events\[2\]\.day: events out of order/,
    ],
    [
      'a morning after a session on one day',
      (s: any) => s.events.splice(1, 0, { day: 1, type: 'morning', pain: 3 }),
      /^events\[1\]\.type: events out of order/,
    ],
    [
      'two mornings on one day',
      (s: any) => s.events.push({ day: 2, type: 'morning', pain: 4 }),
      /^events\[2\]\.day: a second morning on day 2/,
    ],
    [
      'a pausing symptom with no exercise',
      (s: any) => s.events.push({ day: 3, type: 'symptom', symptom: 'joint_locking' }),
      /^events\[2\]\.exercise: is required for the pausing symptom/,
    ],
    [
      'a missing required session field',
      (s: any) => delete s.events[0].after,
      /^events\[0\]\.after: is required/,
    ],
  ])('names the field for %s', (_label, mutate, message) => {
    expect(problem(mutate as never)).toMatch(message);
  });

  it('accepts "quota" for done, a preset list, thresholds, screening and an urgent symptom without exercise', () => {
    expect(
      problem((s: any) => {
        s.preset = ['fibromyalgia', 'tendinopathy'];
        s.thresholds = { ceiling: 4, flareFactors: [0.5, 0.75] };
        s.screening = {
          clearance: [false, false, false, false, false, false, false],
          redFlags: [],
          pem: false,
        };
        s.events.push({ day: 3, type: 'symptom', symptom: 'chest_pain' });
      }),
    ).toBe('valid');
  });

  it('accepts a dosing model and the personal model’s thresholds', () => {
    expect(
      problem((s: any) => {
        s.dosing = 'personal';
        s.thresholds = {
          noisePrior: 1.2,
          noiseBand: 2,
          responsePrior: 1,
          responseFlat: 0.5,
          changeDays: 6,
          floorDays: 7,
        };
      }),
    ).toBe('valid');
    expect(validateScenario({ ...valid(), dosing: 'classic' }).dosing).toBe('classic');
  });

  it('names the field for an unknown dosing model or a bad personal threshold', () => {
    expect(problem((s: any) => (s.dosing = 'adaptive'))).toMatch(/^dosing: unknown value "adaptive"/);
    expect(problem((s: any) => (s.thresholds = { changeDays: 0 }))).toMatch(/^thresholds\.changeDays: /);
  });

  it('treats 4.0 as the whole number 4', () => {
    expect(() => parseScenarioText(JSON.stringify(valid()).replace('"pain":3', '"pain":4.0'))).not.toThrow();
  });

  it('reports malformed JSON', () => {
    expect(() => parseScenarioText('{"exercises": [')).toThrow(/^\(file\): malformed JSON/);
  });

  it('reports a file that is not an object', () => {
    expect(() => parseScenarioText('[1, 2]')).toThrow(/^\(file\): must be a JSON object/);
  });
});
