import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManualClock } from '../../services/manual-clock.ts';
import { careTeam } from '../../test/care-team.ts';
import { describeEachDatabase } from '../../test/databases.ts';
import { buildTestApp } from '../../test/harness.ts';
import { startWalking, write } from '../../test/journey.ts';

describeEachDatabase('the secret calendar link', (db) => {
  let app: FastifyInstance;
  let clock: ManualClock;
  let team: Awaited<ReturnType<typeof careTeam>>;
  beforeAll(async () => {
    ({ app, clock } = await buildTestApp(db().database));
    clock.set('2026-03-02T09:00:00Z');
    team = await careTeam(app, 'calendar');
    await startWalking(team.clinician.client, team.patient.id, '2026-03-02');
  });
  afterAll(() => app.close());

  const feed = (path: string) => app.inject({ method: 'GET', url: path });

  it('serves the feed by its secret with no cookie, and 404 once the person revokes it', async () => {
    const link = await write(team.patient.client, 'POST', `${team.base}/calendar-link`);
    expect(link.status).toBe(201);
    const ok = await feed(link.body.path);
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(ok.body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ok.body).toContain('SUMMARY:Steadily: Walking 7 min');

    const revoked = await write(team.patient.client, 'DELETE', `${team.base}/calendar-link`);
    expect(revoked).toMatchObject({ status: 200, body: { revoked: true } });
    const gone = await feed(link.body.path);
    expect(gone.statusCode).toBe(404);
    expect(gone.body).not.toContain('Walking');
    const again = await write(team.patient.client, 'DELETE', `${team.base}/calendar-link`);
    expect(again.body).toEqual({ revoked: false });
  });

  it('answers a wrong, malformed or old secret with the same 404', async () => {
    const bodies = new Set<string>();
    for (const token of ['x'.repeat(43), 'short', '..%2F..', 'a'.repeat(90), '%00']) {
      const res = await feed(`/api/calendar/${token}/steadily.ics`);
      expect(res.statusCode, token).toBe(404);
      bodies.add(res.body);
    }
    expect(bodies.size).toBe(1);
  });

  it('keeps only a hash of the secret, not even in the stored answer of a request', async () => {
    const link = await write(team.patient.client, 'POST', `${team.base}/calendar-link`);
    const token = String(link.body.path).split('/')[3] as string;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const database = db().database.db;
    const dump = await sql<{ text: string }>`
      select coalesce(string_agg(to_jsonb(f)::text, ' '), '') || ' ' ||
             coalesce((select string_agg(response::text, ' ') from idempotency_key), '') as text
      from calendar_feed f`.execute(database);
    expect(dump.rows[0]?.text).not.toContain(token);
    expect(dump.rows[0]?.text).toContain(team.patient.id);
  });

  it('makes a new link when the same request is sent again (the first answer’s secret is not kept)', async () => {
    const key = randomUUID();
    const first = await write(team.patient.client, 'POST', `${team.base}/calendar-link`, {}, key);
    const repeat = await write(team.patient.client, 'POST', `${team.base}/calendar-link`, {}, key);
    expect(repeat.status).toBe(201);
    expect(repeat.body.path).not.toBe(first.body.path);
    expect((await feed(first.body.path)).statusCode).toBe(404);
    expect((await feed(repeat.body.path)).statusCode).toBe(200);
    const reused = await write(
      team.patient.client,
      'PUT',
      `${team.base}/reminders`,
      { times: ['08:00'] },
      key,
    );
    expect(reused.status).toBe(409);
  });

  it('lets the clinician stop a leaked link, and nobody else', async () => {
    const link = await write(team.patient.client, 'POST', `${team.base}/calendar-link`);
    expect((await write(team.stranger.client, 'DELETE', `${team.base}/calendar-link`)).status).toBe(404);
    expect((await write(team.clinician.client, 'POST', `${team.base}/calendar-link`)).status).toBe(403);
    expect((await feed(link.body.path)).statusCode).toBe(200);
    const revoked = await write(team.clinician.client, 'DELETE', `${team.base}/calendar-link`);
    expect(revoked.body).toEqual({ revoked: true });
    expect((await feed(link.body.path)).statusCode).toBe(404);
  });

  it('writes each read of the feed to the audit log, with no account behind it', async () => {
    const link = await write(team.patient.client, 'POST', `${team.base}/calendar-link`);
    await feed(link.body.path);
    const log = await team.admin.client.get(`/api/admin/audit?patientId=${team.patient.id}&limit=5`);
    expect(log.body[0]).toMatchObject({
      actorId: null,
      action: 'read',
      route: 'GET /api/calendar/:token/steadily.ics',
    });
  });

  describe('rate limit', () => {
    it('answers 429 beyond 30 requests a minute from one address', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 32; i++)
        statuses.push((await feed(`/api/calendar/${'z'.repeat(43)}/steadily.ics`)).statusCode);
      // Earlier tests of this file used part of the minute's allowance.
      expect(statuses.at(-1)).toBe(429);
      expect(statuses.filter((s) => s !== 429 && s !== 404)).toEqual([]);
      expect(statuses.filter((s) => s === 404).length).toBeLessThanOrEqual(30);
    });
  });
});
