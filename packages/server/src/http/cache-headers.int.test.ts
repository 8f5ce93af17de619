// Issue 13, item 9: health data never stays in a browser's or a proxy's cache. Every answer to a signed-in
// request (JSON, CSV, PDF, FHIR) and every personal public one (a calendar feed by its secret link, an
// invitation that shows its email) says Cache-Control: no-store and Vary: Cookie.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { careTeam } from '../test/care-team.ts';
import { TestClient } from '../test/client.ts';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp } from '../test/harness.ts';
import { startWalking, write } from '../test/journey.ts';

function expectNoStore(res: { status: number; headers: Record<string, unknown> }, what: string) {
  const vary = String(res.headers.vary ?? '')
    .split(',')
    .map((v) => v.trim().toLowerCase());
  expect({
    what,
    status: res.status,
    cache: res.headers['cache-control'],
    varyCookie: vary.includes('cookie'),
  }).toEqual({ what, status: 200, cache: 'no-store', varyCookie: true });
}

describeEachDatabase('no caching of personal answers', (db) => {
  let app: FastifyInstance;
  let team: Awaited<ReturnType<typeof careTeam>>;
  beforeAll(async () => {
    ({ app } = await buildTestApp(db().database));
    team = await careTeam(app, 'cache');
    await startWalking(team.clinician.client, team.patient.id, '2026-03-02');
  });
  afterAll(() => app.close());

  it('sends no-store and Vary: Cookie on JSON, CSV, PDF and FHIR answers to a signed-in person', async () => {
    const base = team.base;
    const reads: [TestClient, string, string][] = [
      [team.clinician.client, `${base}`, 'application/json'],
      [team.clinician.client, `${base}/today`, 'application/json'],
      [team.clinician.client, '/api/caseload', 'application/json'],
      [team.patient.client, '/api/auth/me', 'application/json'],
      [team.patient.client, '/api/account/export', 'application/json'],
      [team.clinician.client, `${base}/export/decisions`, 'text/csv'],
      [team.clinician.client, `${base}/report.pdf`, 'application/pdf'],
      [team.clinician.client, `${base}/fhir`, 'application/fhir+json'],
    ];
    for (const [client, url, type] of reads) {
      const res = await client.get(url);
      expect(String(res.headers['content-type'])).toContain(type);
      expectNoStore(res, url);
    }
    // A write's answer too.
    const note = await write(team.clinician.client, 'POST', `${base}/notes`, { text: 'Good week.' });
    expect(note.headers['cache-control']).toBe('no-store');
  });

  it('sends no-store on the calendar feed by its secret link and on an invitation look-up', async () => {
    const link = await write(team.patient.client, 'POST', `${team.base}/calendar-link`);
    expect(link.status).toBe(201);
    const feed = await app.inject({ method: 'GET', url: link.body.path });
    expectNoStore({ status: feed.statusCode, headers: feed.headers }, 'calendar feed');
    const invitation = await write(team.clinician.client, 'POST', '/api/invitations', {
      kind: 'patient',
      email: 'someone@example.test',
    });
    const lookUp = await new TestClient(app).get(`/api/invitations/${invitation.body.code}`);
    expectNoStore(lookUp, 'invitation look-up');
  });
});
