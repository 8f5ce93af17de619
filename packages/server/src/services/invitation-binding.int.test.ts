// Issue 13, item 1 and the code rate limit: an invitation bound to an email is that person's only, an
// admin or a clinician never accepts a patient invitation, a disabled clinician's invitations stop
// working, and guessing codes meets a 429.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestClient } from '../test/client.ts';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp, PASSWORD, signUpAs, uniqueEmail } from '../test/harness.ts';
import { write } from '../test/journey.ts';

describeEachDatabase('invitations bound to a person and an active inviter', (db) => {
  let app: FastifyInstance;
  let admin: Awaited<ReturnType<typeof signUpAs>>;
  let clinician: Awaited<ReturnType<typeof signUpAs>>;
  beforeAll(async () => {
    ({ app } = await buildTestApp(db().database));
    admin = await signUpAs(app, { role: 'patient', label: 'admin' });
    const code = (await write(admin.client, 'POST', '/api/invitations', { kind: 'clinician' })).body.code;
    clinician = await signUpAs(app, { label: 'clinician', invitationCode: code });
  });
  afterAll(() => app.close());

  const invite = async (by: TestClient, body: Record<string, unknown>) =>
    (await write(by, 'POST', '/api/invitations', body)).body.code as string;
  const caseload = async () =>
    (await clinician.client.get('/api/patients')).body.map((p: { id: string }) => p.id) as string[];

  it('refuses an email-bound invitation accepted by another account, and keeps the code for its person', async () => {
    const email = uniqueEmail('intended');
    const code = await invite(clinician.client, { kind: 'patient', email });
    const other = await signUpAs(app, { label: 'other' });
    const res = await other.client.post('/api/invitations/accept', { code });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'validation', field: 'code' });
    expect(await caseload()).not.toContain(other.id);
    // The intended person, signed up on their own first, accepts it (email compared case-insensitively).
    const intended = new TestClient(app);
    const signUp = await intended.post('/api/auth/sign-up', {
      email: email.toUpperCase(),
      password: PASSWORD,
      displayName: 'Intended',
      timeZone: 'UTC',
    });
    expect(signUp.status).toBe(201);
    expect((await intended.post('/api/invitations/accept', { code })).status).toBe(200);
    expect(await caseload()).toContain(signUp.body.id);
  });

  it('refuses an admin and a clinician accepting a patient invitation', async () => {
    const code = await invite(clinician.client, { kind: 'patient' });
    const byAdmin = await admin.client.post('/api/invitations/accept', { code });
    expect(byAdmin.status).toBe(403);
    expect(await caseload()).not.toContain(admin.id);
    const byClinician = await clinician.client.post('/api/invitations/accept', { code });
    expect(byClinician.status).toBe(403);
    // Still usable by a patient.
    const patient = await signUpAs(app, { label: 'patient' });
    expect((await patient.client.post('/api/invitations/accept', { code })).status).toBe(200);
  });

  it("stops a disabled clinician's invitations at sign-up, accept and look-up", async () => {
    const leaving = await signUpAs(app, {
      label: 'leaving',
      invitationCode: await invite(admin.client, { kind: 'clinician' }),
    });
    const forSignUp = await invite(leaving.client, { kind: 'patient' });
    const forAccept = await invite(leaving.client, { kind: 'patient' });
    const disabled = await admin.client.request('PATCH', `/api/admin/clinicians/${leaving.id}`, {
      disabled: true,
    });
    expect(disabled.status).toBe(200);
    expect((await new TestClient(app).get(`/api/invitations/${forSignUp}`)).status).toBe(404);
    const signUp = await new TestClient(app).post('/api/auth/sign-up', {
      email: uniqueEmail('late'),
      password: PASSWORD,
      displayName: 'Late',
      timeZone: 'UTC',
      invitationCode: forSignUp,
    });
    expect(signUp.status).toBe(400);
    expect(signUp.body.field).toBe('invitationCode');
    const patient = await signUpAs(app, { label: 'self-guided' });
    const accept = await patient.client.post('/api/invitations/accept', { code: forAccept });
    expect(accept.status).toBe(400);
    expect(accept.body.field).toBe('code');
  });
});

describeEachDatabase('invitation code guesses are rate-limited', (db) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await buildTestApp(db().database, {
      web: { invitationRateLimit: { max: 3, timeWindow: 60_000 } },
    }));
  });
  afterAll(() => app.close());

  it('answers 429 after a few wrong codes from one address, looking up or accepting', async () => {
    const visitor = new TestClient(app, { remoteAddress: '192.0.2.31' });
    const lookUps: number[] = [];
    for (let i = 0; i < 5; i++)
      lookUps.push((await visitor.get(`/api/invitations/GUESS-${i}AAA-AAAA`)).status);
    expect(lookUps).toEqual([404, 404, 404, 429, 429]);
    await signUpAs(app, { label: 'admin' }); // the first account is the admin
    const patient = await signUpAs(app, { label: 'guesser' });
    const accepts: number[] = [];
    for (let i = 0; i < 5; i++)
      accepts.push((await patient.client.post('/api/invitations/accept', { code: `GUESS-${i}BBB` })).status);
    expect(accepts).toEqual([400, 400, 400, 429, 429]);
  });
});
