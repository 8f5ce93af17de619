import type { Bundle, Resource, ServiceRequest } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import type { PersonRecord } from '../record.ts';
import {
  makeClinicianLedRecord,
  makeEmptyRecord,
  makeJourneyRecord,
  makeSelfGuidedRecord,
  NOW,
} from '../testing/records.ts';
import { buildPatientBundle } from './bundle.ts';
import { type Finding, isError, validateWithBoth } from './testing/validators.ts';

const options = { baseUrl: 'https://clinic.example.org/fhir/', now: NOW, engineVersion: '0.1.0' };

/**
 * FHIR.js has no LOINC or SNOMED CT and cannot expand most value sets: it reports every code of an
 * example, preferred or extensible binding as "not found". Anything else it or Medplum says fails a test.
 */
const TERMINOLOGY_ONLY = /^(Code ".*" \(.*\) not found in value set|Value set ".*" could not be found\.)$/;
const unexpected = (findings: Finding[]) =>
  findings.filter((f) => isError(f) || !TERMINOLOGY_ONLY.test(f.message));

/** A record ended after a pause, a safety stop and a removed exercise, with an open flare. */
function endedRecord(): PersonRecord {
  const record = makeJourneyRecord(30);
  const programme = record.programme;
  if (programme === null) throw new Error('journey has a programme');
  const last = record.decisions.at(-1);
  if (last === undefined) throw new Error('journey has decisions');
  record.decisions.push(
    // The dosing model in use reaches each Provenance (issue 11).
    {
      ...last,
      id: '00000000-0000-4000-8fff-000000000001',
      exerciseId: 'sts',
      action: 'pause',
      zone: 'RED',
      dosing: 'classic/1',
    },
    {
      ...last,
      id: '00000000-0000-4000-8fff-000000000002',
      exerciseId: 'walk',
      action: 'stop',
      zone: 'RED',
      dosing: 'personal/2',
    },
  );
  const exercises = programme.exercises.map((e) =>
    e.id === 'plank' ? { ...e, removedOn: '2025-03-20' } : e,
  );
  record.flares.push({ startDate: '2025-04-01', endDate: null });
  record.patient = { ...record.patient, displayName: null, birthYear: null };
  return { ...record, programme: { ...programme, exercises, status: 'ended', endDate: '2025-04-02' } };
}

/** The clinician's sets, load and rest (issue 14) on every exercise. */
function prescribedRecord(): PersonRecord {
  const record = makeJourneyRecord(49);
  const programme = record.programme as NonNullable<PersonRecord['programme']>;
  const exercises = programme.exercises.map((e) => ({ ...e, sets: 3, loadKg: 7.5, restSeconds: 60 }));
  return { ...record, programme: { ...programme, exercises } };
}

const records: [string, PersonRecord][] = [
  ['an empty record', makeEmptyRecord()],
  ['a first week', makeJourneyRecord(7)],
  ['seven weeks with a flare and measures', makeJourneyRecord(49)],
  ['an ended programme with a pause, a stop and an open flare', endedRecord()],
  ['a clinician-led record: conditions, a Practitioner author and performer', makeClinicianLedRecord(49)],
  ['a self-guided record: conditions, the person as the plan’s author', makeSelfGuidedRecord(21)],
  ['seven weeks with sets, a load and rest prescribed', prescribedRecord()],
];

describe('buildPatientBundle validation', () => {
  it.each(records)(
    '%s gives a bundle both validators accept with zero errors',
    { timeout: 60_000 },
    (_name, record) => {
      const bundle = buildPatientBundle(record, options);
      const findings = validateWithBoth(bundle);
      expect(unexpected(findings)).toEqual([]);
      expect(findings.filter(isError)).toHaveLength(0);
    },
  );

  it('is checked by validators that do catch mistakes', () => {
    const bundle = buildPatientBundle(makeJourneyRecord(7), options);
    const observation = bundle.entry?.find((e) => e.resource?.resourceType === 'Observation')?.resource;
    Object.assign(observation as object, { valueInteger: 3.5, status: undefined, colour: 'red' });
    const errors = validateWithBoth(JSON.parse(JSON.stringify(bundle)) as Bundle).filter(isError);
    expect(errors.filter((e) => e.validator === 'medplum').map((e) => e.message)).toEqual(
      expect.arrayContaining(['Missing required property', 'Expected number to be an integer']),
    );
    expect(errors.filter((e) => e.validator === 'fhir.js').map((e) => e.message)).toEqual(
      expect.arrayContaining(['Missing property', 'Unexpected property']),
    );
  });
});

describe('buildPatientBundle prescription', () => {
  it('gives the dose in force the clinician’s sets, load and rest as order details, older doses none', () => {
    const bundle = buildPatientBundle(prescribedRecord(), options);
    const requests = (bundle.entry ?? [])
      .map((e) => e.resource)
      .filter((r): r is ServiceRequest => r?.resourceType === 'ServiceRequest');
    const reps = requests.filter((r) => r.code?.text === 'Sit to stand');
    const inForce = reps.filter((r) => r.orderDetail !== undefined);
    expect(inForce).toHaveLength(1);
    // Sit to stand ends at 9 a session: 3 sets of 3.
    expect(inForce[0]?.orderDetail?.map((d) => d.text)).toEqual([
      '3 × 3 repetitions',
      'Load 7.5 kg',
      'Rest 60 s between sets',
    ]);
    expect(inForce[0]?.quantityQuantity?.value).toBe(9);
    expect(reps.length).toBeGreaterThan(1);
  });
});

describe('buildPatientBundle identity', () => {
  it('is a collection whose every reference resolves to an entry of the bundle', () => {
    const bundle = buildPatientBundle(makeJourneyRecord(49), options);
    expect(bundle.type).toBe('collection');
    expect(bundle.timestamp).toBe(NOW.toISOString());
    const present = new Set(bundle.entry?.map((e) => `${e.resource?.resourceType}/${e.resource?.id}`));
    const references = [...JSON.stringify(bundle).matchAll(/"reference":"([^"]+)"/g)].map((m) => m[1]);
    expect(references.length).toBeGreaterThan(100);
    expect(references.filter((r) => !present.has(r as string))).toEqual([]);
    for (const entry of bundle.entry ?? [])
      expect(entry.fullUrl).toBe(
        `https://clinic.example.org/fhir/${entry.resource?.resourceType}/${entry.resource?.id}`,
      );
  });

  it('gives the same ids every time, unique within the bundle, and never shared by two people', () => {
    const ids = (record: PersonRecord) =>
      buildPatientBundle(record, options).entry?.map((e) => (e.resource as Resource).id) ?? [];
    const first = makeJourneyRecord(14);
    expect(buildPatientBundle(first, options)).toEqual(buildPatientBundle(makeJourneyRecord(14), options));
    expect(new Set(ids(first)).size).toBe(ids(first).length);
    for (const id of ids(first))
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

    // The fixture reuses its session and decision ids for everyone; a real server never does. What
    // must differ is what is keyed by the person: the Patient and their flares.
    const flare = { startDate: '2025-03-10', endDate: '2025-03-12' };
    const ana = makeEmptyRecord({ flares: [flare] });
    const ben = makeEmptyRecord({ flares: [flare], patient: { ...ana.patient, id: 'another-person' } });
    expect(ids(ana).filter((id) => ids(ben).includes(id))).toEqual([]);
  });
});
