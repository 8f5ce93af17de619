import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestClient } from '../test/client.ts';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp, PASSWORD, signUpAs, uniqueEmail } from '../test/harness.ts';

describeEachDatabase('accounts and sign-in', (db) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await buildTestApp(db().database));
  });
  afterAll(() => app.close());

  it('makes the first account on a fresh install its admin, and later ones plain patients', async () => {
    const first = await signUpAs(app, { role: 'clinician', label: 'Admin' });
    const me = await first.client.get('/api/auth/me');
    expect(me.body).toMatchObject({ role: 'clinician', isAdmin: true });
    const second = await signUpAs(app, { label: 'Second' });
    expect((await second.client.get('/api/auth/me')).body).toMatchObject({ role: 'patient', isAdmin: false });
  });

  it('refuses a clinician sign-up without an invitation', async () => {
    const client = new TestClient(app);
    const res = await client.post('/api/auth/sign-up', {
      email: uniqueEmail('doc'),
      password: PASSWORD,
      displayName: 'Doc',
      timeZone: 'Europe/Madrid',
      role: 'clinician',
    });
    expect(res.status).toBe(403);
  });

  it('stores passwords as argon2id hashes', async () => {
    const { id } = await signUpAs(app);
    const row = await db()
      .database.db.selectFrom('account')
      .select('password_hash')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const { email } = await signUpAs(app);
    const client = new TestClient(app);
    const wrong = await client.post('/api/auth/sign-in', { email, password: 'not the password' });
    const unknown = await client.post('/api/auth/sign-in', {
      email: uniqueEmail('nobody'),
      password: PASSWORD,
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('sets an HttpOnly, SameSite session cookie and signs out', async () => {
    const { email } = await signUpAs(app);
    const client = new TestClient(app);
    const res = await client.post('/api/auth/sign-in', { email, password: PASSWORD });
    expect(res.status).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/steadily_session=[^;]+;.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect((await client.post('/api/auth/sign-out')).status).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('rejects a write without the CSRF token', async () => {
    const { client } = await signUpAs(app);
    const res = await client.request('POST', '/api/auth/sign-out', {}, { 'x-csrf-token': 'forged' });
    expect(res.status).toBe(403);
    expect(res.body.error).toBe('csrf');
    const fresh = new TestClient(app);
    fresh.cookies.set('steadily_session', 'whatever');
    fresh.csrfToken = 'forged';
    expect((await fresh.post('/api/auth/sign-in', { email: 'a@b.c', password: 'x' })).status).toBe(403);
  });

  it('lists sessions and revokes one from another device', async () => {
    const { client: phone, email } = await signUpAs(app);
    const laptop = new TestClient(app);
    await laptop.post('/api/auth/sign-in', { email, password: PASSWORD });
    const sessions = await phone.get('/api/auth/sessions');
    expect(sessions.body).toHaveLength(2);
    const other = sessions.body.find((s: { current: boolean }) => !s.current);
    expect((await phone.delete(`/api/auth/sessions/${other.id}`)).status).toBe(200);
    expect((await laptop.get('/api/auth/me')).status).toBe(401);
    expect((await phone.get('/api/auth/me')).status).toBe(200);
  });

  it('signs out other sessions when the password changes', async () => {
    const { client: phone, email } = await signUpAs(app);
    const laptop = new TestClient(app);
    await laptop.post('/api/auth/sign-in', { email, password: PASSWORD });
    const bad = await phone.post('/api/auth/password', {
      currentPassword: 'nope',
      newPassword: 'a new long password',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('currentPassword');
    const ok = await phone.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'a new long password',
    });
    expect(ok.status).toBe(200);
    expect((await laptop.get('/api/auth/me')).status).toBe(401);
    expect((await phone.get('/api/auth/me')).status).toBe(200);
  });

  it('deletes an account and its data', async () => {
    const { client, id } = await signUpAs(app);
    expect((await client.delete('/api/account', { password: PASSWORD })).status).toBe(200);
    const left = await db().database.db.selectFrom('patient').select('id').where('id', '=', id).execute();
    expect(left).toEqual([]);
  });

  it('reports bad input with the field path', async () => {
    const client = new TestClient(app);
    const res = await client.post('/api/auth/sign-up', {
      email: 'x@example.test',
      password: 'short',
      displayName: 'X',
      timeZone: 'Mars/Base',
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: 'validation', field: 'password' });
  });
});

describeEachDatabase('sign-in rate limit', (db) => {
  let app: FastifyInstance;
  let second: FastifyInstance;
  const limit = { signInRateLimit: { max: 3, timeWindow: 60_000 } };
  beforeAll(async () => {
    ({ app } = await buildTestApp(db().database, { web: limit }));
    ({ app: second } = await buildTestApp(db().database, { web: limit }));
  });
  afterAll(async () => {
    await app.close();
    await second.close();
  });

  it('answers 429 after too many sign-in attempts from one address', async () => {
    const client = new TestClient(app);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (await client.post('/api/auth/sign-in', { email: 'who@example.test', password: 'guess' })).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  it('counts attempts in the database, so a second server process does not reset the count', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const server = i % 2 === 0 ? app : second;
      const res = await new TestClient(server, { remoteAddress: '192.0.2.7' }).post('/api/auth/sign-in', {
        email: 'who@example.test',
        password: 'guess',
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const rows = await db().database.db.selectFrom('rate_limit').select(['key', 'hits']).execute();
    expect(rows.some((row) => row.hits === 4)).toBe(true);
    expect(rows.map((row) => row.key).join(' ')).not.toContain('192.0.2.7');
  });

  it('counts each route on its own: sign-ups do not use up the sign-in attempts', async () => {
    const client = new TestClient(app, { remoteAddress: '192.0.2.8' });
    for (let i = 0; i < 4; i++) {
      const res = await client.post('/api/auth/sign-up', { email: 'not an email' });
      expect(res.status).toBe(400);
    }
    const res = await client.post('/api/auth/sign-in', { email: 'who@example.test', password: 'guess' });
    expect(res.status).toBe(401);
  });
});
