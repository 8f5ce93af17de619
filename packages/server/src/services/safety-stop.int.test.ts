// A stop stops (SPEC §2): after an urgent symptom or a red flag the server refuses sessions dated from
// the stop on (one sent late from the offline outbox, dated before, still goes in), Today says so with
// the emergency number, a clinician's dose never brings the plan back, and a self-guided person resumes
// only with a confirmation while a clinician's patient waits for the clinician.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ManualClock } from '../services/manual-clock.ts';
import type { TestClient } from '../test/client.ts';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp, signUpAs } from '../test/harness.ts';
import { CLEAR_SCREENING, startWalking, write } from '../test/journey.ts';

describeEachDatabase('a safety stop', (db) => {
  let app: FastifyInstance;
  let clock: ManualClock;
  let clinician: TestClient;
  beforeAll(async () => {
    ({ app, clock } = await buildTestApp(db().database, { settings: { emergencyNumber: '999' } }));
    ({ client: clinician } = await signUpAs(app, { role: 'clinician', label: 'Dr Stop' }));
  });
  afterAll(() => app.close());

  async function clinicianPatient(label: string) {
    clock.set('2026-03-02T09:00:00Z');
    const invitation = await write(clinician, 'POST', '/api/invitations', { kind: 'patient' });
    const patient = await signUpAs(app, { label, invitationCode: invitation.body.code });
    await write(patient.client, 'PUT', `/api/patients/${patient.id}/screening`, CLEAR_SCREENING);
    const walk = await startWalking(clinician, patient.id, '2026-03-02');
    return { ...patient, base: `/api/patients/${patient.id}`, walk };
  }

  it('refuses sessions dated from the stop on, keeps one dated before it, and Today shows the stop', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const { client, id } = await signUpAs(app, { label: 'Sam Stop' });
    const base = `/api/patients/${id}`;
    const walk = await startWalking(client, id, '2026-03-02');
    clock.set('2026-03-04T10:00:00Z');
    const stop = await write(client, 'POST', `${base}/symptoms`, {
      localDate: '2026-03-04',
      symptom: 'chest_pain',
    });
    expect(stop.status).toBe(201);
    const session = { exerciseId: walk, done: 40, peak: 3, after: 3 };
    for (const localDate of ['2026-03-04', '2026-03-05']) {
      clock.set(`${localDate}T18:00:00Z`);
      const refused = await write(client, 'POST', `${base}/sessions`, { ...session, localDate });
      expect(refused.status, localDate).toBe(409);
      expect(refused.body).toMatchObject({ error: 'conflict', field: 'localDate' });
      expect(refused.body.message).toMatch(/stopped for your safety since 2026-03-04/);
    }
    // Logged offline the day before the stop, sent now: kept.
    const late = await write(client, 'POST', `${base}/sessions`, {
      ...session,
      done: 'quota',
      localDate: '2026-03-03',
    });
    expect(late.status).toBe(201);
    const today = await client.get(`${base}/today`);
    expect(today.body).toMatchObject({
      mode: 'stopped',
      safety: { stoppedSince: '2026-03-04', selfGuided: true, emergencyNumber: '999' },
    });
  });

  it("a clinician's dose set on the day of a red flag never brings a stopped plan back", async () => {
    const patient = await clinicianPatient('Rae Redflag');
    clock.set('2026-03-03T09:00:00Z');
    const set = await write(clinician, 'POST', `${patient.base}/quotas`, {
      exerciseId: patient.walk,
      quota: 40,
    });
    expect(set.status).toBe(200);
    clock.set('2026-03-03T15:00:00Z');
    const flags = await write(patient.client, 'POST', `${patient.base}/red-flags`, {
      localDate: '2026-03-03',
      redFlags: ['bladder_bowel'],
    });
    expect(flags.status).toBe(201);
    const today = await patient.client.get(`${patient.base}/today`);
    expect(today.body.mode).toBe('stopped');
    expect(today.body.exercises[0].change).toMatchObject({ action: 'stop', reasonCode: 'stop_red_flag' });
    expect(today.body.safety).toMatchObject({ stoppedSince: '2026-03-03', selfGuided: false });
    // A dose set while stopped is refused, not silently dropped.
    const whileStopped = await write(clinician, 'POST', `${patient.base}/quotas`, {
      exerciseId: patient.walk,
      quota: 30,
    });
    expect(whileStopped.status).toBe(409);
    expect(whileStopped.body.message).toMatch(/resume it before setting a dose/);
  });

  it("a clinician's patient cannot resume their own plan: 403, they wait for the clinician", async () => {
    const patient = await clinicianPatient('Cal Careteam');
    clock.set('2026-03-03T10:00:00Z');
    await write(patient.client, 'POST', `${patient.base}/symptoms`, {
      localDate: '2026-03-03',
      symptom: 'fainting',
    });
    const own = await write(patient.client, 'POST', `${patient.base}/resume`, {
      confirmation: 'doctor_checked',
      checkedOn: '2026-03-03',
    });
    expect(own.status).toBe(403);
    expect((await patient.client.get(`${patient.base}/today`)).body.mode).toBe('stopped');
    expect((await write(clinician, 'POST', `${patient.base}/resume`, {})).status).toBe(200);
    expect((await patient.client.get(`${patient.base}/today`)).body.mode).toBe('normal');
  });

  it('a self-guided person resumes a paused exercise once it has settled, and the plan once a doctor has checked them', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const { client, id } = await signUpAs(app, { label: 'Sol Selfguided' });
    const base = `/api/patients/${id}`;
    const walk = await startWalking(client, id, '2026-03-02');
    clock.set('2026-03-03T10:00:00Z');
    await write(client, 'POST', `${base}/symptoms`, {
      localDate: '2026-03-03',
      symptom: 'joint_locking',
      exerciseId: walk,
    });
    expect((await client.get(`${base}/today`)).body.exercises[0].paused).toBe(true);
    const unconfirmed = await write(client, 'POST', `${base}/resume`, { exerciseId: walk });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.field).toBe('confirmation');
    const settled = await write(client, 'POST', `${base}/resume`, {
      exerciseId: walk,
      confirmation: 'settled',
    });
    expect(settled.status).toBe(200);
    expect(settled.body.decisions).toMatchObject([{ action: 'start', reasonCode: 'resume' }]);
    expect((await client.get(`${base}/today`)).body.exercises[0].paused).toBe(false);

    await write(client, 'POST', `${base}/red-flags`, {
      localDate: '2026-03-03',
      redFlags: ['saddle_numbness'],
    });
    clock.set('2026-03-05T10:00:00Z');
    const noDate = await write(client, 'POST', `${base}/resume`, { confirmation: 'doctor_checked' });
    expect(noDate.body.field).toBe('checkedOn');
    const beforeStop = await write(client, 'POST', `${base}/resume`, {
      confirmation: 'doctor_checked',
      checkedOn: '2026-03-02',
    });
    expect(beforeStop.status).toBe(400);
    expect(beforeStop.body.field).toBe('checkedOn');
    const wrongConfirmation = await write(client, 'POST', `${base}/resume`, { confirmation: 'settled' });
    expect(wrongConfirmation.body.field).toBe('confirmation');
    expect((await client.get(`${base}/today`)).body.mode).toBe('stopped');
    const resumed = await write(client, 'POST', `${base}/resume`, {
      confirmation: 'doctor_checked',
      checkedOn: '2026-03-04',
    });
    expect(resumed.status).toBe(200);
    const today = await client.get(`${base}/today`);
    expect(today.body).toMatchObject({ mode: 'normal', safety: { stoppedSince: null, selfGuided: true } });
    const session = { localDate: '2026-03-05', exerciseId: walk, done: 'quota', peak: 3, after: 3 };
    expect((await write(client, 'POST', `${base}/sessions`, session)).status).toBe(201);
  });
});
