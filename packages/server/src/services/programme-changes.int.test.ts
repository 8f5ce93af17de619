// Changes while a programme runs: conditions and a new PEM answer reach the engine (set_presets), and
// a clinician can end a flare after assessment (end_flare).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ManualClock } from '../services/manual-clock.ts';
import type { TestClient } from '../test/client.ts';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp, signUpAs } from '../test/harness.ts';
import { CLEAR_SCREENING, startWalking, write } from '../test/journey.ts';

describeEachDatabase('changing a running programme', (db) => {
  let app: FastifyInstance;
  let clock: ManualClock;
  let clinician: TestClient;
  beforeAll(async () => {
    ({ app, clock } = await buildTestApp(db().database));
    // The first account on a server is its admin, and may be a clinician.
    ({ client: clinician } = await signUpAs(app, { role: 'clinician', label: 'Dr Flare' }));
  });
  afterAll(() => app.close());

  async function calmDay(client: TestClient, base: string, walk: string, date: string) {
    expect((await write(client, 'POST', `${base}/mornings`, { localDate: date, pain: 3 })).status).toBe(201);
    const session = { localDate: date, exerciseId: walk, done: 'quota', peak: 3, after: 3 };
    expect((await write(client, 'POST', `${base}/sessions`, session)).status).toBe(201);
  }

  it('a new PEM answer switches a running programme to pacing: GREEN days hold', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const { client, id } = await signUpAs(app, { label: 'Pem Later' });
    const base = `/api/patients/${id}`;
    const walk = await startWalking(client, id, '2026-03-02');
    expect((await write(client, 'PUT', `${base}/screening`, { ...CLEAR_SCREENING, pem: true })).status).toBe(
      200,
    );
    for (const date of ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05']) {
      clock.set(`${date}T18:00:00Z`);
      await calmDay(client, base, walk, date);
    }
    const today = await client.get(`${base}/today`);
    expect(today.body.mode).toBe('pacing');
    const decisions = await client.get(`${base}/decisions`);
    expect(decisions.body.map((d: { action: string }) => d.action)).not.toContain('progress');
  });

  it('new conditions change the presets in force (tendinopathy: a fixed limit of 5)', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const { client, id } = await signUpAs(app, { label: 'Tendon Later' });
    const base = `/api/patients/${id}`;
    const walk = await startWalking(client, id, '2026-03-02');
    expect((await write(client, 'PUT', `${base}/conditions`, { conditions: ['tendinopathy'] })).status).toBe(
      200,
    );
    clock.set('2026-03-02T18:00:00Z');
    // Pain before 4: the default limit would be 6, so a peak of 6 is RED only under tendinopathy.
    const session = {
      localDate: '2026-03-02',
      exerciseId: walk,
      done: 'quota',
      before: 4,
      peak: 6,
      after: 3,
    };
    const logged = await write(client, 'POST', `${base}/sessions`, session);
    expect(logged.body.decisions).toMatchObject([{ action: 'step_back', zone: 'RED' }]);
  });

  it('a clinician ends a flare: the pre-flare quota comes back at once, and ending it again changes nothing', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const invitation = await write(clinician, 'POST', '/api/invitations', { kind: 'patient' });
    const patient = await signUpAs(app, { label: 'Flo Flare', invitationCode: invitation.body.code });
    const base = `/api/patients/${patient.id}`;
    await write(patient.client, 'PUT', `${base}/screening`, CLEAR_SCREENING);
    const walk = await startWalking(clinician, patient.id, '2026-03-02');
    clock.set('2026-03-03T10:00:00Z');
    expect((await write(patient.client, 'POST', `${base}/flares`, { localDate: '2026-03-03' })).status).toBe(
      201,
    );
    expect((await patient.client.get(`${base}/today`)).body.exercises[0]).toMatchObject({
      id: walk,
      quota: 4,
    });
    // Progress counts the level reached before the flare, not the gentler flare dose.
    const progress = await patient.client.get(`${base}/progress`);
    expect(progress.body.capacity[0]).toMatchObject({ start: 7, current: 7, sinceStartPct: 0 });
    const ended = await write(clinician, 'POST', `${base}/flare/end`);
    expect(ended.status).toBe(200);
    expect(ended.body.decisions).toMatchObject([{ action: 'rebuild', quota: 7 }]);
    const today = await patient.client.get(`${base}/today`);
    expect(today.body).toMatchObject({ mode: 'normal', openFlare: null });
    const again = await write(clinician, 'POST', `${base}/flare/end`);
    expect(again.body.decisions).toEqual([]);
    expect((await write(patient.client, 'POST', `${base}/flare/end`)).status).toBe(403);
  });
});
