import type {
  Bundle,
  CarePlan,
  Condition,
  Observation,
  Practitioner,
  QuestionnaireResponse,
  Resource,
  ServiceRequest,
} from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { CLINICIAN, makeClinicianLedRecord, makeSelfGuidedRecord, NOW } from '../testing/records.ts';
import { buildPatientBundle } from './bundle.ts';
import { resourceId } from './ids.ts';

const options = { baseUrl: 'https://steadily.clinic.example/fhir', now: NOW };

function all<T extends Resource>(b: Bundle, type: T['resourceType']): T[] {
  return (b.entry ?? []).flatMap((e) => (e.resource?.resourceType === type ? [e.resource as T] : []));
}

describe('the clinical context of a FHIR bundle', () => {
  const record = makeClinicianLedRecord(49);
  const bundle = buildPatientBundle(record, options);

  it('has a Condition per condition, coded in SNOMED CT with the words beside the code', () => {
    const conditions = all<Condition>(bundle, 'Condition');
    expect(conditions.map((c) => [c.code?.coding?.[0]?.code ?? null, c.code?.text])).toEqual([
      ['278860009', 'Chronic low back pain'],
      ['239873007', 'Knee osteoarthritis'],
      ['82423001', 'Chronic widespread pain'],
      [null, 'Other long-term pain condition (not specified)'],
    ]);
    for (const c of conditions) {
      expect(c.subject.reference).toBe(`Patient/${resourceId('Patient', record.patient.id)}`);
      expect(c.clinicalStatus?.coding?.[0]?.code).toBe('active');
      if (c.code?.coding) expect(c.code.coding[0]?.system).toBe('http://snomed.info/sct');
    }
  });

  it('makes the CarePlan address the conditions, authored by the clinician as a Practitioner', () => {
    const plan = all<CarePlan>(bundle, 'CarePlan')[0] as CarePlan;
    const conditionIds = all<Condition>(bundle, 'Condition').map((c) => `Condition/${c.id}`);
    expect(plan.addresses?.map((a) => a.reference)).toEqual(conditionIds);
    const practitioner = all<Practitioner>(bundle, 'Practitioner');
    expect(practitioner).toEqual([
      {
        resourceType: 'Practitioner',
        id: resourceId('Practitioner', CLINICIAN.id),
        identifier: [
          { system: 'https://steadily.clinic.example/fhir/sid/practitioner', value: CLINICIAN.id },
        ],
        active: true,
        name: [{ text: 'Sam Physio' }],
      },
    ]);
    expect(plan.author).toEqual({ reference: `Practitioner/${practitioner[0]?.id}`, display: 'Sam Physio' });
  });

  it('dates each dose by the day it was decided, not the export', () => {
    const requests = all<ServiceRequest>(bundle, 'ServiceRequest');
    expect(requests.length).toBeGreaterThan(10);
    const dose = record.decisions.filter((d) => d.action === 'progress')[0];
    const request = requests.find((r) => r.id === resourceId('ServiceRequest', dose?.id ?? ''));
    expect(request?.authoredOn).toBe(dose?.localDate);
    expect(
      requests.every((r) => r.authoredOn !== undefined && r.authoredOn < NOW.toISOString().slice(0, 10)),
    ).toBe(true);
  });

  it('gives measures a clinician entered the clinician as performer, and the person’s own the person', () => {
    const observations = all<Observation>(bundle, 'Observation');
    const peg = observations.filter((o) => o.code.coding?.[0]?.code === '91148-7');
    expect(peg.map((o) => o.performer?.[0]?.reference)).toEqual([
      `Patient/${resourceId('Patient', record.patient.id)}`,
      `Practitioner/${resourceId('Practitioner', CLINICIAN.id)}`,
    ]);
    const responses = all<QuestionnaireResponse>(bundle, 'QuestionnaireResponse');
    expect(responses.map((r) => r.author?.reference?.split('/')[0])).toEqual([
      'Patient',
      'Patient',
      'Practitioner',
      'Practitioner',
    ]);
  });

  it('codes PEG with display text on the panel, the items and the score', () => {
    const peg = all<Observation>(bundle, 'Observation').filter((o) =>
      ['91148-7', '91147-9', '75893-8', '91145-3', '91146-1'].includes(o.code.coding?.[0]?.code ?? ''),
    );
    expect(peg).toHaveLength(10);
    for (const o of peg) expect(o.code.coding?.[0]?.display, o.code.coding?.[0]?.code).toMatch(/\w{4}/);
  });

  it('hangs identifiers and Steadily’s code systems off the installation’s own address', () => {
    const text = JSON.stringify(bundle);
    expect(text).not.toMatch(/steadily\.example\.org|steadily\.invalid/);
    expect(text).toContain('"system":"https://steadily.clinic.example/fhir/sid/patient"');
    expect(text).toContain('https://steadily.clinic.example/fhir/CodeSystem/pain-context');
  });
});

describe('a self-guided person’s bundle', () => {
  it('has the person as the CarePlan’s author and no Practitioner', () => {
    const record = makeSelfGuidedRecord(21);
    const bundle = buildPatientBundle(record, options);
    expect(all<Practitioner>(bundle, 'Practitioner')).toEqual([]);
    expect(all<CarePlan>(bundle, 'CarePlan')[0]?.author?.reference).toBe(
      `Patient/${resourceId('Patient', record.patient.id)}`,
    );
    expect(all<Condition>(bundle, 'Condition').map((c) => c.code?.coding?.[0]?.code)).toEqual([
      '203082005',
      '68172002',
      '239872002',
    ]);
  });
});
