import { describe, expect, it } from 'vitest';
import { makeJourneyRecord, NOW } from '../testing/records.ts';
import { buildPatientBundle } from './bundle.ts';
import { importPainBundle } from './import.ts';

const options = { timeZone: 'Europe/Madrid', today: '2025-04-30' };

function painObservation(overrides: Record<string, unknown> = {}) {
  return {
    resourceType: 'Observation',
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] },
    effectiveDateTime: '2025-04-02T07:45:00+02:00',
    valueInteger: 4,
    ...overrides,
  };
}
const bundleOf = (...resources: unknown[]) => ({
  resourceType: 'Bundle',
  type: 'collection',
  entry: resources.map((resource) => ({ resource })),
});

describe('importPainBundle', () => {
  it('takes pain scores from another app as readings on the person’s local date and time', () => {
    const result = importPainBundle(
      bundleOf(
        painObservation(),
        painObservation({
          effectiveDateTime: '2025-04-02T22:30:00Z',
          valueInteger: undefined,
          valueQuantity: { value: 6.0, unit: '{score}' },
        }),
        painObservation({ effectiveDateTime: '2025-04-03', valueInteger: 0 }),
      ),
      options,
    );
    expect(result.rejected).toEqual([]);
    expect(result.accepted).toEqual([
      { path: 'entry[0]', localDate: '2025-04-02', pain: 4, kind: 'reading', time: '07:45', sourceId: null },
      // 22:30 UTC is past midnight in Madrid: the person's calendar decides the day.
      { path: 'entry[1]', localDate: '2025-04-03', pain: 6, kind: 'reading', time: '00:30', sourceId: null },
      { path: 'entry[2]', localDate: '2025-04-03', pain: 0, kind: 'reading', time: null, sourceId: null },
    ]);
  });

  it('says which entry it could not map and why, and keeps the rest', () => {
    const result = importPainBundle(
      bundleOf(
        painObservation({ valueInteger: 4.5 }),
        painObservation({ valueInteger: 11 }),
        painObservation({ status: 'preliminary' }),
        painObservation({ valueInteger: undefined, valueString: 'bad' }),
        painObservation({ effectiveDateTime: '2025-04-02T07:45' }),
        painObservation({ effectiveDateTime: '2025-02-30' }),
        painObservation({ effectiveDateTime: undefined }),
        painObservation({ effectiveDateTime: '2025-05-02' }),
        painObservation({ valueInteger: 3 }),
      ),
      options,
    );
    expect(result.rejected).toEqual([
      { path: 'entry[0].resource.valueInteger', message: 'must be a whole number 0–10 (was 4.5)' },
      { path: 'entry[1].resource.valueInteger', message: 'must be a whole number 0–10 (was 11)' },
      {
        path: 'entry[2].resource.status',
        message: 'must be final, amended or corrected (was "preliminary")',
      },
      { path: 'entry[3].resource.valueString', message: 'must be valueInteger or valueQuantity (0–10)' },
      {
        path: 'entry[4].resource.effectiveDateTime',
        message: 'must be a date (YYYY-MM-DD) or a date and time with its offset (was "2025-04-02T07:45")',
      },
      {
        path: 'entry[5].resource.effectiveDateTime',
        message: 'must be a date (YYYY-MM-DD) or a date and time with its offset (was "2025-02-30")',
      },
      {
        path: 'entry[6].resource.effectiveDateTime',
        message: 'is missing: a pain score needs the date it was taken',
      },
      { path: 'entry[7].resource.effectiveDateTime', message: '2025-05-02 is after today (2025-04-30)' },
    ]);
    expect(result.accepted.map((a) => a.path)).toEqual(['entry[8]']);
  });

  it('leaves other resources alone and says so', () => {
    const result = importPainBundle(
      bundleOf(
        { resourceType: 'Patient', id: 'p' },
        painObservation({ code: { coding: [{ system: 'http://loinc.org', code: '8867-4' }] } }),
      ),
      options,
    );
    expect(result.accepted).toEqual([]);
    expect(result.rejected).toEqual([]);
    expect(result.ignored.map((i) => i.message)).toEqual([
      'is a Patient, not a pain score (LOINC 72514-3); left alone',
      'is an Observation of something else, not a pain score (LOINC 72514-3); left alone',
    ]);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [
      null,
      42,
      'Bundle',
      [],
      {},
      { resourceType: 'Bundle', entry: 'x' },
      bundleOf(null, 3, { resource: [] }),
    ])
      expect(() => importPainBundle(input, options)).not.toThrow();
    expect(importPainBundle({ resourceType: 'Patient' }, options).rejected).toEqual([
      { path: 'resourceType', message: 'must be "Bundle": send a FHIR R4 Bundle of Observations' },
    ]);
    const huge = importPainBundle(
      bundleOf(...Array.from({ length: 5001 }, () => painObservation())),
      options,
    );
    expect(huge).toEqual({
      accepted: [],
      ignored: [],
      rejected: [{ path: 'entry', message: 'has 5001 entries; send at most 5000 at a time' }],
    });
    expect(importPainBundle(bundleOf(null), options).rejected).toEqual([
      { path: 'entry[0].resource', message: 'is missing: each entry needs a resource' },
    ]);
  });

  it('reads back Steadily’s own export: morning check-ins as mornings, session pain as readings', () => {
    const record = makeJourneyRecord(14);
    const bundle = buildPatientBundle(record, { baseUrl: 'https://a.example/fhir', now: NOW });
    const result = importPainBundle(JSON.parse(JSON.stringify(bundle)), options);
    expect(result.rejected).toEqual([]);
    const mornings = result.accepted.filter((a) => a.kind === 'morning');
    expect(mornings.map((m) => [m.localDate, m.pain])).toEqual(
      record.checkIns.map((c) => [c.localDate, c.pain]),
    );
    const readings = result.accepted.filter((a) => a.kind === 'reading');
    const sessionPains = record.sessions.flatMap((s) =>
      [s.before, s.peak, s.after].filter((p) => p !== null),
    );
    expect(readings).toHaveLength(sessionPains.length);
    expect(new Set(result.accepted.map((a) => a.sourceId)).size).toBe(result.accepted.length);
    expect(mornings[0]?.sourceId).toMatch(/^https:\/\/a\.example\/fhir\/Observation\//);
  });

  it('takes one morning a day when told every score is a morning check-in', () => {
    const result = importPainBundle(
      bundleOf(painObservation(), painObservation({ effectiveDateTime: '2025-04-02' })),
      { ...options, allMorning: true },
    );
    expect(result.accepted.map((a) => a.kind)).toEqual(['morning']);
    expect(result.rejected).toEqual([
      {
        path: 'entry[1].resource.effectiveDateTime',
        message: 'a morning check-in for 2025-04-02 is already in entry[0]; one a day',
      },
    ]);
  });
});
