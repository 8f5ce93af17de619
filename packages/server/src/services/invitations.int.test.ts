import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestClient } from '../test/client.ts';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp, PASSWORD, signUpAs, uniqueEmail } from '../test/harness.ts';
import { write } from '../test/journey.ts';
import type { ManualClock } from './manual-clock.ts';

describeEachDatabase('invitations', (db) => {
  let app: FastifyInstance;
  let clock: ManualClock;
  let clinician: TestClient;
  beforeAll(async () => {
    ({ app, clock } = await buildTestApp(db().database));
    clock.set('2026-03-02T09:00:00Z');
    const admin = await signUpAs(app, { role: 'clinician', label: 'admin' });
    const code = (await write(admin.client, 'POST', '/api/invitations', { kind: 'clinician' })).body.code;
    ({ client: clinician } = await signUpAs(app, { label: 'clinician', invitationCode: code }));
  });
  afterAll(() => app.close());

  const signUpWith = (code: string, email = uniqueEmail('invited')) =>
    new TestClient(app).post('/api/auth/sign-up', {
      email,
      password: PASSWORD,
      displayName: 'P',
      timeZone: 'UTC',
      invitationCode: code,
    });

  it('links a patient who signs up with a code to the inviting clinician, once', async () => {
    const invitation = await write(clinician, 'POST', '/api/invitations', { kind: 'patient' });
    expect(invitation.status).toBe(201);
    expect(invitation.body.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const preview = await new TestClient(app).get(`/api/invitations/${invitation.body.code.toLowerCase()}`);
    expect(preview.body).toMatchObject({ kind: 'patient', clinicianName: 'clinician' });
    const first = await signUpWith(invitation.body.code);
    expect(first.status).toBe(201);
    expect((await clinician.get('/api/patients')).body.map((p: { id: string }) => p.id)).toContain(
      first.body.id,
    );
    const second = await signUpWith(invitation.body.code);
    expect(second.status).toBe(400);
    expect(second.body.field).toBe('invitationCode');
    expect((await new TestClient(app).get(`/api/invitations/${invitation.body.code}`)).status).toBe(404);
  });

  it('never answers one patient’s write with another’s: a reused key for another record is a conflict', async () => {
    const a = await signUpWith(
      (await write(clinician, 'POST', '/api/invitations', { kind: 'patient' })).body.code,
    );
    const b = await signUpWith(
      (await write(clinician, 'POST', '/api/invitations', { kind: 'patient' })).body.code,
    );
    const key = '00000000-0000-4000-8000-0000000000aa';
    const note = { text: 'Well done this week.' };
    expect((await write(clinician, 'POST', `/api/patients/${a.body.id}/notes`, note, key)).status).toBe(201);
    const reused = await write(clinician, 'POST', `/api/patients/${b.body.id}/notes`, note, key);
    expect(reused.status).toBe(409);
    expect(reused.body.field).toBe('idempotency-key');
  });

  it('refuses an expired or revoked code', async () => {
    const expiring = await write(clinician, 'POST', '/api/invitations', {
      kind: 'patient',
      expiresInDays: 1,
    });
    const revoked = await write(clinician, 'POST', '/api/invitations', { kind: 'patient' });
    expect((await clinician.post(`/api/invitations/${revoked.body.id}/revoke`)).status).toBe(200);
    expect((await signUpWith(revoked.body.code)).status).toBe(400);
    clock.set('2026-03-03T09:00:01Z');
    expect((await signUpWith(expiring.body.code)).status).toBe(400);
  });

  it('keeps an invitation for a named email to that email', async () => {
    const email = uniqueEmail('named');
    const invitation = await write(clinician, 'POST', '/api/invitations', { kind: 'patient', email });
    const wrong = await signUpWith(invitation.body.code);
    expect(wrong.body).toMatchObject({ field: 'email' });
    expect((await signUpWith(invitation.body.code, email)).status).toBe(201);
  });

  it('lets a self-guided patient join a clinician later, after which clearance is the clinician’s', async () => {
    const person = await signUpAs(app, { label: 'self' });
    const selfClearance = { clearedOn: '2026-03-01', clearedBy: 'Dr GP' };
    expect(
      (await write(person.client, 'POST', `/api/patients/${person.id}/clearance`, selfClearance)).status,
    ).toBe(200);
    const invitation = await write(clinician, 'POST', '/api/invitations', { kind: 'patient' });
    const joined = await person.client.post('/api/invitations/accept', { code: invitation.body.code });
    expect(joined.status).toBe(200);
    expect((await clinician.get(`/api/patients/${person.id}`)).body.selfGuided).toBe(false);
    expect(
      (await write(person.client, 'POST', `/api/patients/${person.id}/clearance`, selfClearance)).status,
    ).toBe(403);
  });
});
