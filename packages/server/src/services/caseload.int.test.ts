import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestClient } from '../test/client.ts';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp, signUpAs } from '../test/harness.ts';
import { CLEAR_SCREENING, walkingProgramme, write } from '../test/journey.ts';
import type { ManualClock } from './manual-clock.ts';

describeEachDatabase('the caseload, by what needs attention', (db) => {
  let app: FastifyInstance;
  let clock: ManualClock;
  let clinician: TestClient;
  const ids: Record<string, string> = {};

  async function invitePatient(label: string) {
    const invitation = await write(clinician, 'POST', '/api/invitations', { kind: 'patient' });
    const patient = await signUpAs(app, { label, invitationCode: invitation.body.code });
    ids[label] = patient.id;
    return patient;
  }

  /** The patient answers the safety questions; their clinician builds and starts a walking programme. */
  async function startWalkingFor(patient: { client: TestClient; id: string }, startDate: string) {
    const base = `/api/patients/${patient.id}`;
    await write(patient.client, 'PUT', `${base}/screening`, CLEAR_SCREENING);
    await write(clinician, 'PUT', `${base}/reference-pain`, { referenceMorningPain: 3 });
    await write(clinician, 'PUT', `${base}/programme`, walkingProgramme());
    const started = await write(clinician, 'POST', `${base}/programme/start`, { startDate });
    expect(started.status).toBe(200);
    return started.body.exercises[0].id as string;
  }

  beforeAll(async () => {
    ({ app, clock } = await buildTestApp(db().database));
    clock.set('2026-03-02T09:00:00Z');
    ({ client: clinician } = await signUpAs(app, { role: 'clinician', label: 'Dr Vega' }));

    // Started ten days ago and logged one session since: low adherence.
    const quiet = await invitePatient('Quinn Quiet');
    const quietWalk = await startWalkingFor(quiet, '2026-03-02');
    await write(quiet.client, 'POST', `/api/patients/${quiet.id}/sessions`, {
      localDate: '2026-03-02',
      exerciseId: quietWalk,
      done: 'quota',
      peak: 3,
      after: 3,
    });
    clock.set('2026-03-12T09:00:00Z');

    const stopped = await invitePatient('Sam Stopped');
    await write(stopped.client, 'PUT', `/api/patients/${stopped.id}/screening`, {
      ...CLEAR_SCREENING,
      redFlags: ['saddle_numbness'],
    });

    const paused = await invitePatient('Pat Paused');
    const walk = await startWalkingFor(paused, '2026-03-12');
    await write(paused.client, 'POST', `/api/patients/${paused.id}/symptoms`, {
      localDate: '2026-03-12',
      symptom: 'sharp_new_pain',
      exerciseId: walk,
    });

    const flaring = await invitePatient('Fran Flare');
    await startWalkingFor(flaring, '2026-03-12');
    await write(flaring.client, 'POST', `/api/patients/${flaring.id}/flares`, { localDate: '2026-03-12' });

    await invitePatient('Nia New');
    const steady = await invitePatient('Sol Steady');
    await startWalkingFor(steady, '2026-03-12');
  });
  afterAll(() => app.close());

  it('sorts stopped first, then safety, low adherence, a flare, not started and steady, with reasons', async () => {
    const res = await clinician.get('/api/caseload');
    expect(res.status).toBe(200);
    const rows = res.body.patients as { displayName: string; tier: string; reasons: { code: string }[] }[];
    expect(rows.map((p) => [p.displayName, p.tier])).toEqual([
      ['Sam Stopped', 'stopped'],
      ['Pat Paused', 'safety'],
      ['Quinn Quiet', 'low_adherence'],
      ['Fran Flare', 'in_flare'],
      ['Nia New', 'not_started'],
      ['Sol Steady', 'steady'],
    ]);
    expect(res.body.patients[0].reasons).toEqual([{ code: 'stopped', cause: 'screening' }]);
    const paused = res.body.patients[1];
    expect(paused.reasons).toEqual([
      expect.objectContaining({ code: 'safety', cause: 'sharp_new_pain', exerciseName: 'Walking' }),
      expect.objectContaining({ code: 'paused', exerciseName: 'Walking' }),
    ]);
    expect(res.body.patients[2].adherence).toEqual({ sessions: 1, planned: 7, days: 10 });
    expect(res.body.patients[3].reasons).toEqual([{ code: 'in_flare', localDate: '2026-03-12' }]);
    expect(res.body.counts).toMatchObject({ stopped: 1, safety: 1, low_adherence: 1, steady: 1 });
  });

  it('keeps a paused exercise ranked after its alert is acknowledged, until the clinician resumes it', async () => {
    const base = `/api/patients/${ids['Pat Paused']}`;
    const alerts = (await clinician.get(`${base}/alerts`)).body as { alertKey: string }[];
    for (const alert of alerts) {
      expect(
        (await write(clinician, 'POST', `${base}/alerts/acknowledge`, { alertKey: alert.alertKey })).status,
      ).toBe(200);
    }
    const acknowledged = (await clinician.get(`${base}/alerts`)).body;
    expect(acknowledged[0]).toMatchObject({
      acknowledgedAt: expect.any(String),
      acknowledgedBy: { displayName: 'Dr Vega' },
    });
    let row = (await clinician.get('/api/caseload?q=pat')).body.patients[0];
    expect(row.tier).toBe('safety');
    expect(row.reasons.map((r: { code: string }) => r.code)).toEqual(['paused']);
    const programme = (await clinician.get(`${base}/programme`)).body;
    await write(clinician, 'POST', `${base}/resume`, { exerciseId: programme.exercises[0].id });
    row = (await clinician.get('/api/caseload?q=pat')).body.patients[0];
    expect(row.tier).toBe('steady');
  });

  it('searches by name or email, filters by tier, and pages with a cursor', async () => {
    const search = (await clinician.get('/api/caseload?q=FLARE')).body;
    expect(search.patients.map((p: { displayName: string }) => p.displayName)).toEqual(['Fran Flare']);
    const attention = (await clinician.get('/api/caseload?filter=attention')).body;
    expect(attention.patients.map((p: { tier: string }) => p.tier)).toEqual(['stopped', 'low_adherence']);
    const first = (await clinician.get('/api/caseload?limit=2')).body;
    expect(first.patients).toHaveLength(2);
    expect(first.total).toBe(6);
    const second = (await clinician.get(`/api/caseload?limit=2&cursor=${first.nextCursor}`)).body;
    const third = (await clinician.get(`/api/caseload?limit=2&cursor=${second.nextCursor}`)).body;
    expect(third.nextCursor).toBeNull();
    const names = [...first.patients, ...second.patients, ...third.patients].map(
      (p: { displayName: string }) => p.displayName,
    );
    expect(new Set(names).size).toBe(6);
    expect((await clinician.get('/api/caseload?cursor=nonsense')).status).toBe(400);
  });

  it('counts sessions against the calendar at read time: a week without logs is low adherence', async () => {
    const before = (await clinician.get('/api/caseload?q=sol')).body.patients[0];
    expect(before.tier).toBe('steady');
    clock.advanceDays(8);
    const after = (await clinician.get('/api/caseload?q=sol')).body.patients[0];
    expect(after.tier).toBe('low_adherence');
    expect(after.adherence).toEqual({ sessions: 0, planned: 6, days: 8 });
  });

  it('is for clinicians only, and shows only their own patients', async () => {
    const patient = await signUpAs(app, { label: 'Self Guided' });
    expect((await patient.client.get('/api/caseload')).status).toBe(403);
    const invitation = await write(clinician, 'POST', '/api/invitations', { kind: 'clinician' });
    const colleague = await signUpAs(app, { label: 'Dr Other', invitationCode: invitation.body.code });
    expect((await colleague.client.get('/api/caseload')).body.patients).toEqual([]);
  });
});

describeEachDatabase('the exercise library', (db) => {
  let app: FastifyInstance;
  let admin: TestClient;
  beforeAll(async () => {
    ({ app } = await buildTestApp(db().database));
    ({ client: admin } = await signUpAs(app, { role: 'clinician', label: 'Dr Admin' }));
  });
  afterAll(() => app.close());

  it("holds core's built-in exercises, by modality and region, with easier and harder neighbours", async () => {
    const client = admin;
    const all = (await client.get('/api/library')).body;
    expect(all.length).toBeGreaterThanOrEqual(80);
    const knee = (await client.get('/api/library?region=knee&modality=strength')).body;
    const sitToStand = knee.find((e: { id: string }) => e.id === 'sit-to-stand');
    expect(sitToStand).toMatchObject({
      builtIn: true,
      unit: 'reps',
      easierId: 'seated-knee-straighten',
      harderId: 'step-up',
      illustration: '/exercises/sit-to-stand.svg',
    });
    expect(sitToStand.name).toMatchObject({ en: 'Sit to stand', es: expect.any(String) });
    const elbow = (await client.get('/api/library?region=elbow')).body;
    expect(elbow.map((e: { id: string }) => e.id)).toContain('eccentric-wrist-extension');
    expect((await client.get('/api/library?region=tail')).status).toBe(400);
  });

  it("adds a clinician's own exercise, seen only by them, and refuses bad fields by name", async () => {
    const code = (await write(admin, 'POST', '/api/invitations', { kind: 'clinician' })).body.code;
    const own = await signUpAs(app, { label: 'Dr Pool', invitationCode: code });
    const body = {
      name: 'Pool walking',
      instructions: 'Walk across the shallow end.',
      unit: 'minutes',
      maxQuota: 40,
      modality: 'aerobic',
      region: 'whole_body',
      easierId: 'easy-walk',
      mediaUrl: 'https://example.org/pool.mp4',
    };
    const created = await write(own.client, 'POST', '/api/library', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      builtIn: false,
      name: { en: 'Pool walking' },
      step: 1,
      perWeekDefault: 3,
    });
    const mine = (await own.client.get('/api/library?region=whole_body')).body;
    expect(mine.some((e: { id: string }) => e.id === created.body.id)).toBe(true);
    const theirs = (await admin.get('/api/library?region=whole_body')).body;
    expect(theirs.some((e: { id: string }) => e.id === created.body.id)).toBe(false);

    const badStep = await write(own.client, 'POST', '/api/library', { ...body, step: 3, maxQuota: 40 });
    expect(badStep.body).toMatchObject({ error: 'validation', field: 'maxQuota' });
    const badLink = await write(own.client, 'POST', '/api/library', {
      ...body,
      mediaUrl: 'javascript:alert(1)',
    });
    expect(badLink.body).toMatchObject({ error: 'validation', field: 'mediaUrl' });
    const badNeighbour = await write(own.client, 'POST', '/api/library', {
      ...body,
      harderId: 'no-such-thing',
    });
    expect(badNeighbour.body).toMatchObject({ error: 'validation', field: 'harderId' });

    // Its owner edits it (every field as sent, the name in their language); nobody else can.
    const url = `/api/library/${created.body.id}`;
    const edited = await own.client.request('PUT', url, { ...body, name: 'Pool jogging', maxQuota: 30 });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ id: created.body.id, name: { en: 'Pool jogging' }, maxQuota: 30 });
    expect((await admin.request('PUT', url, body)).status).toBe(404);
    const badEdit = await own.client.request('PUT', url, { ...body, step: 4, maxQuota: 30 });
    expect(badEdit.body).toMatchObject({ error: 'validation', field: 'maxQuota' });
    const itself = await own.client.request('PUT', url, { ...body, harderId: created.body.id });
    expect(itself.body).toMatchObject({ error: 'validation', field: 'harderId' });
    expect((await own.client.get('/api/library?region=whole_body')).body).toContainEqual(
      expect.objectContaining({ id: created.body.id, maxQuota: 30 }),
    );

    const patient = await signUpAs(app, { label: 'Patient' });
    expect((await write(patient.client, 'POST', '/api/library', body)).status).toBe(403);
    expect((await own.client.delete('/api/library/easy-walk')).status).toBe(403);
    expect((await admin.delete(`/api/library/${created.body.id}`)).status).toBe(404);
    expect((await own.client.delete(`/api/library/${created.body.id}`)).status).toBe(200);
    const after = (await own.client.get('/api/library?region=whole_body')).body;
    expect(after.some((e: { id: string }) => e.id === created.body.id)).toBe(false);
  });
});
