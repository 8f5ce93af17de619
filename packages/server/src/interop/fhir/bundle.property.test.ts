// Any record the server could hold gives a bundle both validators accept: odd text (empty, blank,
// unicode, markup), missing answers, boundary pains, removed exercises, open flares.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PersonRecord, RecordExercise } from '../record.ts';
import { NOW } from '../testing/records.ts';
import { buildPatientBundle } from './bundle.ts';
import { isError, validateWithBoth } from './testing/validators.ts';

const text = fc.oneof(
  fc.constantFrom('', ' ', '  padded  ', '<b>x</b> & "y"', 'línea\nnueva', '🙂', '\u0000\u0007'),
  fc.string(),
  fc.string({ unit: 'binary' }),
);
const pain = fc.integer({ min: 0, max: 10 });
const date = fc
  .integer({ min: 0, max: 60 })
  .map((d) => new Date(Date.UTC(2025, 2, 3 + d)).toISOString().slice(0, 10));
const uuid = fc.uuid();
const nullable = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

const exercise = fc.record<RecordExercise>({
  id: fc.constantFrom('walk', 'sts', 'plank'),
  name: text,
  unit: fc.constantFrom('minutes', 'seconds', 'reps'),
  step: fc.constantFrom(1, 5),
  maxQuota: nullable(fc.integer({ min: 1, max: 120 })),
  modality: nullable(fc.constantFrom('aerobic', 'strength', 'flexibility', 'balance')),
  perWeek: fc.integer({ min: 0, max: 7 }),
  libraryExerciseId: nullable(fc.constantFrom('easy-walk', 'sit-to-stand', '')),
  baseline: nullable(fc.double({ min: 0.5, max: 90, noNaN: true })),
  removedOn: nullable(date),
  sets: nullable(fc.integer({ min: 1, max: 10 })),
  loadKg: nullable(fc.integer({ min: 0, max: 2000 }).map((q) => q / 4)),
  restSeconds: nullable(fc.integer({ min: 0, max: 600 })),
});

const record: fc.Arbitrary<PersonRecord> = fc.record({
  patient: fc.record({
    id: uuid,
    displayName: nullable(text),
    birthYear: nullable(fc.integer({ min: 1900, max: 2010 })),
    timeZone: fc.constantFrom('Europe/Madrid', 'America/New_York', 'Pacific/Auckland'),
  }),
  programme: nullable(
    fc.record({
      id: uuid,
      status: fc.constantFrom('draft', 'active', 'ended'),
      startDate: nullable(date),
      endDate: nullable(date),
      flarePlan: nullable(text),
      exercises: fc.uniqueArray(exercise, { selector: (e) => e.id, maxLength: 3 }),
    }),
  ),
  sessions: fc.uniqueArray(
    fc.record({
      id: uuid,
      localDate: date,
      exerciseId: fc.constantFrom('walk', 'sts', 'plank', 'gone'),
      done: fc.oneof(fc.integer({ min: 0, max: 90 }), fc.double({ min: 0, max: 90, noNaN: true })),
      peak: pain,
      after: nullable(pain),
      before: nullable(pain),
      effort: nullable(pain),
      note: nullable(text),
    }),
    { selector: (s) => s.id, maxLength: 6 },
  ),
  checkIns: fc.uniqueArray(fc.record({ id: uuid, localDate: date, pain }), {
    selector: (c) => c.id,
    maxLength: 5,
  }),
  measures: fc.uniqueArray(
    fc.oneof(
      fc.record({
        id: uuid,
        kind: fc.constant('peg' as const),
        week: nullable(fc.constantFrom(0, 6, 12)),
        localDate: date,
        items: fc.array(pain, { minLength: 3, maxLength: 3 }),
        score: fc.double({ min: 0, max: 10, noNaN: true }),
      }),
      fc.record({
        id: uuid,
        kind: fc.constant('phq2' as const),
        week: nullable(fc.constantFrom(0, 6, 12)),
        localDate: date,
        items: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 2 }),
        score: fc.integer({ min: 0, max: 6 }),
      }),
      fc.record({
        id: uuid,
        kind: fc.constant('pseq' as const),
        week: nullable(fc.constantFrom(0, 6, 12)),
        localDate: date,
        items: fc.array(fc.integer({ min: 0, max: 6 }), { minLength: 10, maxLength: 10 }),
        score: fc.integer({ min: 0, max: 60 }),
      }),
      fc.record({
        id: uuid,
        kind: fc.constant('psfs' as const),
        week: nullable(fc.constantFrom(0, 6, 12)),
        localDate: date,
        items: fc.array(pain, { minLength: 1, maxLength: 3 }),
        labels: fc.array(text, { minLength: 1, maxLength: 3 }),
        score: fc.double({ min: 0, max: 10, noNaN: true }),
      }),
    ),
    { selector: (m) => m.id, maxLength: 4 },
  ),
  flares: fc.uniqueArray(fc.record({ startDate: date, endDate: nullable(date) }), {
    selector: (f) => f.startDate,
    maxLength: 2,
  }),
  decisions: fc.uniqueArray(
    fc.record({
      id: uuid,
      localDate: date,
      exerciseId: fc.constantFrom('walk', 'sts', 'plank'),
      action: fc.constantFrom(
        'start',
        'progress',
        'hold',
        'step_back',
        'flare',
        'rebuild',
        'pause',
        'stop',
        'set',
      ),
      zone: nullable(fc.constantFrom('GREEN', 'AMBER', 'RED')),
      quota: fc.integer({ min: 1, max: 60 }),
      previousQuota: fc.integer({ min: 1, max: 60 }),
      reason: text,
      inputs: fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.boolean(), fc.constant(null))),
      createdAt: fc
        .date({ min: new Date('2025-01-01'), max: new Date('2026-01-01'), noInvalidDate: true })
        .map((d) => d.toISOString()),
    }),
    { selector: (d) => d.id, maxLength: 6 },
  ),
  notes: fc.uniqueArray(
    fc.record({
      id: uuid,
      createdAt: fc.constant('2025-03-10T10:00:00.000Z'),
      authorName: nullable(text),
      text,
    }),
    { selector: (n) => n.id, maxLength: 2 },
  ),
});

describe('buildPatientBundle over random records', () => {
  it('always gives a bundle with zero validation errors', () => {
    fc.assert(
      fc.property(record, (r) => {
        const errors = validateWithBoth(
          buildPatientBundle(r, { baseUrl: 'https://a.example/fhir', now: NOW }),
        ).filter(isError);
        expect(errors).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
