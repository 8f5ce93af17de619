import type { Bundle, Observation } from '@medplum/fhirtypes';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isError, validateWithBoth } from '../../interop/fhir/testing/validators.ts';
import type { ManualClock } from '../../services/manual-clock.ts';
import { invitePatient } from '../../test/care-team.ts';
import { TestClient } from '../../test/client.ts';
import { describeEachDatabase } from '../../test/databases.ts';
import { demoTeam } from '../../test/demo-team.ts';
import { buildTestApp, signUpAs } from '../../test/harness.ts';
import { CLEAR_SCREENING, startWalking, write } from '../../test/journey.ts';

const PAIN_CONTEXT = 'https://steadily.example.org/fhir/CodeSystem/pain-context';

function pain(fields: { date: string; value: unknown; morning?: boolean; id?: string; fullUrl?: string }) {
  return {
    ...(fields.fullUrl !== undefined && { fullUrl: fields.fullUrl }),
    resource: {
      resourceType: 'Observation',
      ...(fields.id !== undefined && { id: fields.id }),
      status: 'final',
      ...(fields.morning === true && { category: [{ coding: [{ system: PAIN_CONTEXT, code: 'morning' }] }] }),
      code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] },
      effectiveDateTime: fields.date,
      valueInteger: fields.value,
    },
  };
}
const bundleOf = (...entry: unknown[]) => ({ resourceType: 'Bundle', type: 'collection', entry });

describeEachDatabase('FHIR R4 in and out of a person’s record', (db) => {
  let app: FastifyInstance;
  let clock: ManualClock;
  let demo: Awaited<ReturnType<typeof demoTeam>>;
  beforeAll(async () => {
    ({ app, clock } = await buildTestApp(db().database));
    clock.set('2026-03-02T09:00:00Z');
    demo = await demoTeam(app);
  });
  afterAll(() => app.close());

  const post = (client: TestClient, url: string, body: unknown, type = 'application/json') =>
    client.request('POST', url, typeof body === 'string' ? body : JSON.stringify(body), {
      'content-type': type,
    });

  describe('GET …/fhir', () => {
    it('exports eight weeks as a collection Bundle both validators accept with zero errors', async () => {
      const res = await demo.patient.get(`${demo.base}/fhir`);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
      const bundle = res.body as Bundle;
      expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
      const findings = validateWithBoth(bundle);
      expect(findings.filter(isError)).toEqual([]);

      const types = (bundle.entry ?? []).map((e) => e.resource?.resourceType);
      const count = (type: string) => types.filter((t) => t === type).length;
      const decisions = (await demo.patient.get(`${demo.base}/decisions`)).body as unknown[];
      const mornings = (await demo.patient.get(`${demo.base}/mornings`)).body as unknown[];
      expect(count('Patient')).toBe(1);
      expect(count('CarePlan')).toBe(1);
      expect(count('Device')).toBe(1);
      expect(count('Provenance')).toBe(decisions.length);
      expect(count('QuestionnaireResponse')).toBe(3); // PSEQ twice, PSFS once
      expect(count('Communication')).toBe(1);
      const morningObservations = (bundle.entry ?? []).filter((e) =>
        (e.resource as Observation).category?.some((c) => c.coding?.some((k) => k.code === 'morning')),
      );
      expect(morningObservations).toHaveLength(mornings.length);
      expect(bundle.entry?.[0]?.fullUrl).toMatch(/^http:\/\/localhost(:\d+)?\/fhir\/Patient\//);
    });

    it('carries the record’s clinical context from the database: conditions, the clinician, who measured', async () => {
      const bundle = (await demo.clinician.get(`${demo.base}/fhir`)).body as Bundle;
      const of = <T>(type: string) =>
        (bundle.entry ?? []).flatMap((e) => (e.resource?.resourceType === type ? [e.resource as T] : []));
      const [condition] = of<{ id: string; code: { coding: { code: string }[] } }>('Condition');
      expect(condition?.code.coding[0]?.code).toBe('203082005'); // the demo's fibromyalgia
      const [practitioner] = of<{ id: string; name: { text: string }[] }>('Practitioner');
      expect(practitioner?.name[0]?.text).toBe('Demo Clinician');
      const [plan] = of<{ addresses: { reference: string }[]; author: { reference: string } }>('CarePlan');
      expect(plan?.addresses).toEqual([{ reference: `Condition/${condition?.id}`, display: 'Fibromyalgia' }]);
      expect(plan?.author.reference).toBe(`Practitioner/${practitioner?.id}`);
      // The demo's measures were entered by the clinician (test/demo-team.ts).
      const peg = of<Observation>('Observation').filter((o) => o.code.coding?.[0]?.code === '91148-7');
      expect(peg.map((o) => o.performer?.[0]?.reference)).toEqual([
        `Practitioner/${practitioner?.id}`,
        `Practitioner/${practitioner?.id}`,
      ]);
      const requests = of<{ authoredOn: string }>('ServiceRequest');
      expect(
        requests.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.authoredOn) && r.authoredOn <= '2026-03-02'),
      ).toBe(true);
      expect(validateWithBoth(bundle).filter(isError)).toEqual([]);
    });

    it('counts moderate minutes for an aerobic exercise from the clinician’s own library', async () => {
      clock.set('2026-03-10T09:00:00Z');
      const own = await demo.clinician.request(
        'POST',
        '/api/library',
        { name: 'Pool walk', unit: 'minutes', maxQuota: 40, modality: 'aerobic', region: 'whole_body' },
        { 'idempotency-key': crypto.randomUUID() },
      );
      expect(own.status).toBe(201);
      const swimmer = await invitePatient(app, demo.clinician, 'swimmer');
      const steps = [
        ['PUT', `${swimmer.base}/screening`, CLEAR_SCREENING],
        ['PUT', `${swimmer.base}/reference-pain`, { referenceMorningPain: 3 }],
        [
          'PUT',
          `${swimmer.base}/programme`,
          {
            exercises: [
              { name: 'Pool walk', unit: 'minutes', baseline: [10], libraryExerciseId: own.body.id },
            ],
          },
        ],
        ['POST', `${swimmer.base}/programme/start`, { startDate: '2026-03-10' }],
      ] as const;
      let exerciseId = '';
      for (const [method, url, body] of steps) {
        const res = await write(demo.clinician, method, url, body);
        expect(res.status, url).toBeLessThan(300);
        exerciseId = res.body.exercises?.[0]?.id ?? exerciseId;
      }
      const session = { localDate: '2026-03-10', exerciseId, done: 'quota', peak: 2, after: 2, effort: 6 };
      expect((await write(swimmer.client, 'POST', `${swimmer.base}/sessions`, session)).status).toBe(201);
      const bundle = (await swimmer.client.get(`${swimmer.base}/fhir`)).body as Bundle;
      const moderate = (bundle.entry ?? []).filter((e) =>
        (e.resource as Observation).code?.coding?.some((c) => c.code === '77592-4'),
      );
      expect(moderate).toHaveLength(1);
      expect(validateWithBoth(bundle).filter(isError)).toEqual([]);
    });

    it('lets the clinician read it, and nobody else', async () => {
      expect((await demo.clinician.get(`${demo.base}/fhir`)).status).toBe(200);
      const stranger = await signUpAs(app, { label: 'stranger' });
      expect((await stranger.client.get(`${demo.base}/fhir`)).status).toBe(404);
      expect((await new TestClient(app).get(`${demo.base}/fhir`)).status).toBe(401);
    });
  });

  describe('POST …/fhir/import', () => {
    it('takes marked morning scores as check-ins, says what it left and why, and changes nothing the second time', async () => {
      clock.set('2026-03-10T09:00:00Z');
      const person = await signUpAs(app, { label: 'importer' });
      await startWalking(person.client, person.id, '2026-03-04');
      const base = `/api/patients/${person.id}`;
      const file = bundleOf(
        pain({ date: '2026-03-05T07:30:00+00:00', value: 4, morning: true, fullUrl: 'urn:uuid:a1' }),
        pain({ date: '2026-03-06', value: 3, morning: true, id: 'from-diary-2' }),
        pain({ date: '2026-02-25', value: 5, morning: true }), // before the programme: onboarding
        pain({ date: '2026-03-07T19:00:00Z', value: 6 }), // an evening score
        pain({ date: '2026-03-06', value: 12, morning: true }),
        pain({ date: '2026-03-20', value: 2, morning: true }),
        { resource: { resourceType: 'Patient' } },
      );
      const first = await post(person.client, `${base}/fhir/import`, file);
      expect(first.status).toBe(200);
      expect(
        first.body.imported.map((c: { localDate: string; pain: number }) => [c.localDate, c.pain]),
      ).toEqual([
        ['2026-02-25', 5],
        ['2026-03-05', 4],
        ['2026-03-06', 3],
      ]);
      expect(first.body.unchanged).toEqual([]);
      expect(first.body.rejected).toEqual([
        { path: 'entry[4].resource.valueInteger', message: 'must be a whole number 0–10 (was 12)' },
        { path: 'entry[5].resource.effectiveDateTime', message: '2026-03-20 is after today (2026-03-10)' },
      ]);
      expect(first.body.ignored.map((p: { path: string }) => p.path)).toEqual(['entry[6]', 'entry[3]']);
      expect(first.body.ignored[1].message).toMatch(/another time of day.*allMorning=true/);

      const mornings = async () =>
        ((await person.client.get(`${base}/mornings`)).body as { localDate: string }[])
          .map((m) => m.localDate)
          .sort();
      expect(await mornings()).toEqual(['2026-02-25', '2026-03-05', '2026-03-06']);
      const decisions = (await person.client.get(`${base}/decisions`)).body;

      const again = await post(
        person.client,
        `${base}/fhir/import`,
        file,
        'application/fhir+json; charset=utf-8',
      );
      expect(again.status).toBe(200);
      expect(again.body.imported).toEqual([]);
      expect(again.body.unchanged).toEqual(first.body.imported);
      expect(await mornings()).toEqual(['2026-02-25', '2026-03-05', '2026-03-06']);
      expect((await person.client.get(`${base}/decisions`)).body).toEqual(decisions);
    });

    it('reads every score as a morning with allMorning=true, one a day, and leaves a day that has one', async () => {
      clock.set('2026-03-10T09:00:00Z');
      const patient = await invitePatient(app, demo.clinician, 'import');
      const stranger = await signUpAs(app, { label: 'import-stranger' });
      await startWalking(demo.clinician, patient.id, '2026-03-04');
      const logged = await patient.client.request(
        'POST',
        `${patient.base}/mornings`,
        { localDate: '2026-03-05', pain: 2 },
        { 'idempotency-key': crypto.randomUUID() },
      );
      expect(logged.status).toBe(201);
      const file = bundleOf(
        pain({ date: '2026-03-05T07:00:00Z', value: 6, fullUrl: 'urn:uuid:b1' }),
        pain({ date: '2026-03-06T07:00:00Z', value: 5, fullUrl: 'urn:uuid:b2' }),
        pain({ date: '2026-03-06T20:00:00Z', value: 7, fullUrl: 'urn:uuid:b3' }),
      );
      const res = await post(demo.clinician, `${patient.base}/fhir/import?allMorning=true`, file);
      expect(res.status).toBe(200);
      expect(res.body.imported).toMatchObject([{ path: 'entry[1]', localDate: '2026-03-06', pain: 5 }]);
      expect(res.body.rejected).toEqual([
        {
          path: 'entry[2].resource.effectiveDateTime',
          message: 'a morning check-in for 2026-03-06 is already in entry[1]; one a day',
        },
        {
          path: 'entry[0].resource.effectiveDateTime',
          message: 'There is already a morning check-in for this day: left as it was',
        },
      ]);
      // The patient sending the same file after their clinician changes nothing either.
      const repeat = await post(patient.client, `${patient.base}/fhir/import?allMorning=true`, file);
      expect(repeat.body.imported).toEqual([]);
      expect(repeat.body.unchanged).toEqual(res.body.imported);
      expect((await post(stranger.client, `${patient.base}/fhir/import`, file)).status).toBe(404);
    });

    it('brings a Steadily export’s morning check-ins into another person’s history', async () => {
      const exported = (await demo.patient.get(`${demo.base}/fhir`)).body as Bundle;
      const mornings = (await demo.patient.get(`${demo.base}/mornings`)).body as unknown[];
      const person = await signUpAs(app, { label: 'newcomer' });
      const res = await post(person.client, `/api/patients/${person.id}/fhir/import`, exported);
      expect(res.status).toBe(200);
      expect(res.body.rejected).toEqual([]);
      expect(res.body.imported).toHaveLength(mornings.length);
    });

    it.each([
      ['a Patient', { resourceType: 'Patient' }, 'resourceType'],
      ['a list', [1, 2], '(root)'],
      ['entries that are not a list', { resourceType: 'Bundle', entry: 'x' }, 'entry'],
      ['broken JSON', '{"resourceType": "Bundle",', '(body)'],
    ])('answers 400 for a body that is %s', async (_label, body, field) => {
      const res = await post(demo.patient, `${demo.base}/fhir/import`, body);
      expect(res.status).toBe(400);
      expect(res.body.field).toBe(field);
    });
  });
});
