import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp, signUpAs } from '../test/harness.ts';
import { startWalking, write } from '../test/journey.ts';
import type { ManualClock } from './manual-clock.ts';

describeEachDatabase('a person’s data as CSV tables and their plan as a calendar feed', (db) => {
  let app: FastifyInstance;
  let clock: ManualClock;
  beforeAll(async () => {
    ({ app, clock } = await buildTestApp(db().database));
  });
  afterAll(() => app.close());

  async function walker() {
    clock.set('2026-03-02T09:00:00Z');
    const person = await signUpAs(app, { label: 'Table' });
    const walk = await startWalking(person.client, person.id, '2026-03-02');
    const base = `/api/patients/${person.id}`;
    const session = {
      localDate: '2026-03-02',
      exerciseId: walk,
      done: 'quota',
      peak: 3,
      after: 2,
      note: '=SUM(A1)',
    };
    expect((await write(person.client, 'POST', `${base}/sessions`, session)).status).toBe(201);
    clock.set('2026-03-03T08:00:00Z');
    expect(
      (await write(person.client, 'POST', `${base}/mornings`, { localDate: '2026-03-03', pain: 3 })).status,
    ).toBe(201);
    return { ...person, walk, base };
  }

  it('downloads sessions, check-ins, decisions and measures as CSV files', async () => {
    const person = await walker();
    const sessions = await app.inject({
      method: 'GET',
      url: `${person.base}/export/sessions`,
      headers: { cookie: cookieOf(person.client) },
    });
    expect(sessions.statusCode).toBe(200);
    expect(sessions.headers['content-type']).toMatch(/^text\/csv/);
    // Named after the person and the day (in their time zone); the name as written in filename*.
    expect(sessions.headers['content-disposition']).toBe(
      'attachment; filename="steadily-Table-sessions-2026-03-03.csv"',
    );
    // A UTF-8 byte-order mark first, for Excel.
    expect([...sessions.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, row] = sessions.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(
      'date,exercise,unit,done,quota,pain_before,pain_peak,pain_after,effort,note,sets,load_kg',
    );
    // "quota" is the quota in force (70% of 11 → 7), and a formula is defused.
    expect(row).toBe("2026-03-02,Walking,minutes,7,7,,3,2,,'=SUM(A1),,");
    const checkins = await app.inject({
      method: 'GET',
      url: `${person.base}/export/checkins`,
      headers: { cookie: cookieOf(person.client) },
    });
    expect(checkins.body).toBe('\uFEFFdate,morning_pain\r\n2026-03-03,3\r\n');
    const decisions = await app.inject({
      method: 'GET',
      url: `${person.base}/export/decisions`,
      headers: { cookie: cookieOf(person.client) },
    });
    expect(decisions.body.split('\r\n')[1]).toMatch(
      /^2026-03-02,Walking,minutes,start,,7,7,"We start Walking at 7 minutes/,
    );
    const unknown = await app.inject({
      method: 'GET',
      url: `${person.base}/export/everything`,
      headers: { cookie: cookieOf(person.client) },
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('names the file after a person with accents as written (RFC 5987) and in ASCII', async () => {
    clock.set('2026-03-03T08:00:00Z');
    const person = await signUpAs(app, { label: 'Zoë Núñez' });
    const res = await app.inject({
      method: 'GET',
      url: `/api/patients/${person.id}/export/measures`,
      headers: { cookie: cookieOf(person.client) },
    });
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="steadily-Zoe-Nunez-measures-2026-03-03.csv"; filename*=UTF-8''steadily-Zo%C3%AB-N%C3%BA%C3%B1ez-measures-2026-03-03.csv`,
    );
    expect(res.body).toMatch(/^\uFEFFdate,week,instrument,/);
  });

  it('gives a secret calendar link whose feed lists the plan at the reminder times', async () => {
    const person = await walker();
    await write(person.client, 'PUT', `${person.base}/reminders`, { times: ['08:30'] });
    const link = await write(person.client, 'POST', `${person.base}/calendar-link`);
    expect(link.status).toBe(201);
    const feed = await app.inject({ method: 'GET', url: link.body.path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toMatch(/^text\/calendar/);
    expect(feed.body).toContain('BEGIN:VCALENDAR');
    expect(feed.body).toContain('X-WR-TIMEZONE:Europe/London');
    expect(feed.body).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n');
    // One weekly series per exercise (the walk: 5 a week over the feed's four weeks), in the person's zone.
    expect(feed.body.match(/^BEGIN:VEVENT/gm)).toHaveLength(1);
    expect(feed.body).toContain('SUMMARY:Steadily: Walking 7 min');
    expect(feed.body).toContain('DTSTART;TZID=Europe/London:20260303T083000\r\n');
    expect(feed.body).toMatch(/RRULE:FREQ=WEEKLY;BYDAY=[A-Z,]+;WKST=MO;COUNT=\d+\r\n/);
    // A new link replaces the old one.
    const again = await write(person.client, 'POST', `${person.base}/calendar-link`);
    expect((await app.inject({ method: 'GET', url: link.body.path })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: again.body.path })).statusCode).toBe(200);
  });
});

function cookieOf(client: { cookies: Map<string, string> }): string {
  return [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
}
