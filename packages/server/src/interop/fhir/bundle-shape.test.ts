import type {
  Bundle,
  CarePlan,
  Observation,
  Provenance,
  QuestionnaireResponse,
  Resource,
  ServiceRequest,
} from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { makeJourneyRecord, makeSession, NOW } from '../testing/records.ts';
import { buildPatientBundle } from './bundle.ts';

const record = makeJourneyRecord(49);
const bundle = buildPatientBundle(record, {
  baseUrl: 'https://clinic.example.org/fhir',
  canonicalBase: 'https://fhir.my-clinic.example/steadily/',
  now: NOW,
});

function all<T extends Resource>(b: Bundle, type: T['resourceType']): T[] {
  return (b.entry ?? []).flatMap((e) => (e.resource?.resourceType === type ? [e.resource as T] : []));
}
const observations = all<Observation>(bundle, 'Observation');
const byId = new Map(observations.map((o) => [o.id, o]));
const coded = (code: string) => observations.filter((o) => o.code.coding?.some((c) => c.code === code));
const members = (panel: Observation) =>
  (panel.hasMember ?? []).map((m) => byId.get(m.reference?.split('/')[1]) as Observation);
const codesOf = (list: Observation[]) => list.map((o) => o.code.coding?.[0]?.code);

describe('the FHIR bundle of a person', () => {
  it('tells morning pain from session pain by a category, all coded LOINC 72514-3', () => {
    const pains = coded('72514-3');
    const contexts = (context: string) =>
      pains.filter((o) => o.category?.some((c) => c.coding?.some((k) => k.code === context)));
    expect(contexts('morning')).toHaveLength(record.checkIns.length);
    expect(contexts('peak')).toHaveLength(record.sessions.length);
    expect(contexts('after')).toHaveLength(record.sessions.filter((s) => s.after !== null).length);
    const firstMorning = contexts('morning')[0];
    expect(firstMorning?.valueInteger).toBe(record.checkIns[0]?.pain);
    expect(firstMorning?.category?.[1]?.coding?.[0]?.system).toBe(
      'https://fhir.my-clinic.example/steadily/CodeSystem/pain-context',
    );
  });

  it('gives each session a Physical Activity panel with the activity, its duration and its intensity', () => {
    const panels = coded('PAPanel');
    expect(panels).toHaveLength(record.sessions.length);
    const walk = panels.find(
      (p) =>
        p.code.text === 'Exercise session: Easy walk' &&
        members(p).some((m) => m.code.coding?.[0]?.code === '77592-4'),
    );
    expect(walk).toBeDefined();
    const parts = members(walk as Observation);
    expect(codesOf(parts)).toEqual(expect.arrayContaining(['73985-4', '55411-3', '77592-4', '72514-3']));
    expect(parts.find((m) => m.code.coding?.[0]?.code === '55411-3')?.valueQuantity).toMatchObject({
      unit: 'min',
      code: 'min',
    });
    const reps = panels.find((p) => p.code.text === 'Exercise session: Sit to stand') as Observation;
    expect(codesOf(members(reps))).not.toContain('55411-3');
    expect(members(reps).find((m) => m.code.coding?.[0]?.code === 'repetitions')?.valueQuantity?.code).toBe(
      '{repetitions}',
    );
    expect(reps.basedOn?.[0]?.reference).toMatch(/^ServiceRequest\//);
  });

  it('counts moderate minutes only for aerobic time with an effort of 5 or 6, vigorous from 7', () => {
    const exercise = record.programme?.exercises.find((e) => e.id === 'walk');
    const intensity = (effort: number | null) => {
      const one = { ...record, sessions: [makeSession({ done: 20, effort })], checkIns: [], measures: [] };
      const b = buildPatientBundle(one, { baseUrl: 'https://x.example/fhir', now: NOW });
      return (
        codesOf(all<Observation>(b, 'Observation')).find((c) => c === '77592-4' || c === '77593-2') ?? null
      );
    };
    expect(exercise?.modality).toBe('aerobic');
    expect([intensity(null), intensity(4), intensity(5), intensity(6), intensity(7)]).toEqual([
      null,
      null,
      '77592-4',
      '77592-4',
      '77593-2',
    ]);
  });

  it('exports PEG and PHQ-2 as LOINC panels with their items and score, and flags PHQ-2 ≥ 3 gently', () => {
    const peg = coded('91148-7');
    expect(peg).toHaveLength(2);
    expect(codesOf(members(peg[0] as Observation))).toEqual(['75893-8', '91145-3', '91146-1', '91147-9']);
    const phq = coded('55757-9');
    const totals = phq.map((p) => members(p).find((m) => m.code.coding?.[0]?.code === '55758-7'));
    expect(totals.map((t) => t?.valueInteger)).toEqual([3, 2]);
    expect(totals[0]?.note?.[0]?.text).toMatch(/suggest talking to a clinician.*not a diagnosis/);
    expect(totals[1]?.note).toBeUndefined();
    expect(members(phq[0] as Observation)[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe('LA6570-1');
  });

  it('answers PSEQ and PSFS to Questionnaires under the configured canonical base', () => {
    const urls = all<{ resourceType: 'Questionnaire'; url?: string } & Resource>(bundle, 'Questionnaire').map(
      (q) => (q as { url?: string }).url,
    );
    expect(urls).toEqual([
      'https://fhir.my-clinic.example/steadily/Questionnaire/pseq',
      'https://fhir.my-clinic.example/steadily/Questionnaire/psfs',
    ]);
    const responses = all<QuestionnaireResponse>(bundle, 'QuestionnaireResponse');
    const pseq = responses.filter((r) => r.questionnaire?.endsWith('/pseq'));
    expect(pseq.map((r) => r.item?.find((i) => i.linkId === 'total')?.answer?.[0]?.valueInteger)).toEqual([
      25, 37,
    ]);
    const psfs = responses.find((r) => r.questionnaire?.endsWith('/psfs'));
    expect(psfs?.item?.[0]?.item?.[0]?.answer?.[0]?.valueString).toBe('Gardening');
  });

  it('makes the programme a CarePlan of exercise therapy pointing at each dose in force', () => {
    const [plan] = all<CarePlan>(bundle, 'CarePlan');
    expect(plan?.category?.[0]?.coding?.[0]).toMatchObject({
      system: 'http://snomed.info/sct',
      code: '229065009',
    });
    expect(plan?.activity).toHaveLength(3);
    const requests = new Map(
      all<ServiceRequest>(bundle, 'ServiceRequest').map((r) => [`ServiceRequest/${r.id}`, r]),
    );
    for (const activity of plan?.activity ?? [])
      expect(requests.get(activity.reference?.reference as string)?.status).toBe('active');
  });

  it('chains each exercise’s doses: a new ServiceRequest replaces and revokes the one before', () => {
    const requests = all<ServiceRequest>(bundle, 'ServiceRequest');
    const doseDecisions = record.decisions.filter((d) => !['hold', 'pause', 'stop'].includes(d.action));
    expect(requests).toHaveLength(doseDecisions.length);
    const byRef = new Map(requests.map((r) => [`ServiceRequest/${r.id}`, r]));
    for (const request of requests) {
      const previous = request.replaces?.[0]?.reference;
      if (previous !== undefined) expect(byRef.get(previous)?.status).toBe('revoked');
    }
    expect(requests.filter((r) => r.status === 'active')).toHaveLength(3);
    expect(requests.filter((r) => r.replaces === undefined)).toHaveLength(3);
  });

  it('gives every engine decision a Provenance authored by the engine Device, with its reason', () => {
    const provenance = all<Provenance>(bundle, 'Provenance');
    expect(provenance).toHaveLength(record.decisions.length);
    const [device] = all(bundle, 'Device');
    for (const p of provenance) expect(p.agent[0]?.who?.reference).toBe(`Device/${device?.id}`);
    const progress = provenance.find((p) => p.activity?.coding?.[0]?.code === 'progress');
    const reason = progress?.extension?.[0]?.extension?.find((e) => e.url === 'reason')?.valueString;
    expect(reason).toMatch(/goes up from/);
    expect(progress?.target[0]?.reference).toMatch(/^ServiceRequest\//);
  });

  it('records the flare with its duration in days', () => {
    const flare = observations.find((o) => o.code.text === 'Pain flare-up');
    expect(flare?.effectivePeriod).toEqual({
      start: record.flares[0]?.startDate,
      end: record.flares[0]?.endDate,
    });
    expect(flare?.valueQuantity).toMatchObject({ value: 5, code: 'd' });
  });
});
