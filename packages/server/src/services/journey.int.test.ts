import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ManualClock } from '../services/manual-clock.ts';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp, signUpAs } from '../test/harness.ts';
import { startWalking, write } from '../test/journey.ts';

describeEachDatabase('a self-guided week through the API', (db) => {
  let app: FastifyInstance;
  let clock: ManualClock;
  beforeAll(async () => {
    ({ app, clock } = await buildTestApp(db().database));
  });
  afterAll(() => app.close());

  it('starts at 70% of baseline and progresses after two green days, with a reason', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const { client, id } = await signUpAs(app, { label: 'Walker' });
    const base = `/api/patients/${id}`;
    const walk = await startWalking(client, id, '2026-03-02');
    let today = await client.get(`${base}/today`);
    expect(today.status).toBe(200);
    expect(today.body.exercises[0]).toMatchObject({ id: walk, quota: 7, change: { action: 'start' } });
    for (const [day, date] of ['2026-03-02', '2026-03-03', '2026-03-04'].entries()) {
      clock.set(`${date}T08:00:00Z`);
      if (day > 0)
        expect((await write(client, 'POST', `${base}/mornings`, { localDate: date, pain: 3 })).status).toBe(
          201,
        );
      clock.set(`${date}T18:00:00Z`);
      const session = { localDate: date, exerciseId: walk, done: 'quota', peak: 3, after: 3 };
      expect((await write(client, 'POST', `${base}/sessions`, session)).status).toBe(201);
    }
    today = await client.get(`${base}/today`);
    expect(today.body.exercises[0].quota).toBe(8);
    expect(today.body.exercises[0].change).toMatchObject({ action: 'progress', previousQuota: 7, quota: 8 });
    expect(today.body.exercises[0].change.reason).toMatch(/Walking/);
    const decisions = await client.get(`${base}/decisions`);
    expect(decisions.body.map((d: { action: string }) => d.action)).toEqual(['start', 'hold', 'progress']);
    const progress = await client.get(`${base}/progress`);
    expect(progress.status).toBe(200);
    expect(progress.body.capacity[0]).toMatchObject({
      baseline: 11,
      start: 7,
      current: 8,
      sinceStartPct: 14,
    });
    const timeline = await client.get(`${base}/timeline`);
    expect(timeline.body.events).toHaveLength(5);
  });

  it('serves the OpenAPI document generated from the route schemas', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/patients/{patientId}/sessions');
    expect(doc.paths['/api/patients/{patientId}/sessions'].post.requestBody).toBeDefined();
  });

  it('sends security headers: a same-origin CSP, no framing, no sniffing', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/https?:\/\//);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('says how to build the app before it is built, and keeps /api answers JSON', async () => {
    const page = await app.inject({ method: 'GET', url: '/today' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('npm run build -w @steadily/web');
    const missing = await app.inject({ method: 'GET', url: '/api/no-such-route' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: 'not_found' });
  });

  it('answers health with the database kind', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.json()).toEqual({ status: 'ok', db: db().kind });
  });
});
