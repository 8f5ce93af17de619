import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './db/database.ts';
import { addDays } from './services/local-date.ts';
import { createScratchPostgres, type ScratchPostgres, TEST_DATABASE_URL } from './test/databases.ts';
import { CLEAR_SCREENING, walkingProgramme } from './test/journey.ts';
import { replayedDecisions, storedDecisions } from './test/replay.ts';
import { FetchClient, startServerProcess, waitForExit } from './test/server-process.ts';

const onPostgres = TEST_DATABASE_URL === undefined || TEST_DATABASE_URL === '' ? describe.skip : describe;

onPostgres('a server killed with SIGKILL during a stream of writes [postgres]', () => {
  let scratch: ScratchPostgres;
  let database: Database;
  beforeAll(async () => {
    scratch = await createScratchPostgres();
    database = await openDatabase({ url: scratch.url });
  });
  afterAll(async () => {
    await database.close();
    await scratch.drop();
  });

  it('keeps every acknowledged write, and a retry of the rest stores each once', async () => {
    let server = await startServerProcess({ DATABASE_URL: scratch.url });
    const client = new FetchClient(server.url);
    const today = new Date().toISOString().slice(0, 10);
    const start = addDays(today, -6);
    const email = `kill-${randomUUID().slice(0, 8)}@example.test`;
    const signUp = { email, password: 'correct horse battery', displayName: 'Kill', timeZone: 'UTC' };
    expect((await client.request('POST', '/api/auth/sign-up', signUp)).status).toBe(201);
    const me = (await client.request('GET', '/api/auth/me')).body;
    const base = `/api/patients/${me.id}`;
    const put = (path: string, body: unknown) =>
      client.request('PUT', base + path, body, { 'idempotency-key': randomUUID() });
    await put('/screening', CLEAR_SCREENING);
    await put('/reference-pain', { referenceMorningPain: 3 });
    const programme = (await put('/programme', walkingProgramme())).body;
    const started = await client.request(
      'POST',
      `${base}/programme/start`,
      { startDate: start },
      { 'idempotency-key': randomUUID() },
    );
    expect(started.status).toBe(200);
    const walk = programme.exercises[0].id;

    // A stream of offline-style writes (a week of logs, sent late, four at a time) until the kill.
    const pending: Array<{ key: string; path: string; body: unknown }> = [];
    for (let i = 0; i < 7; i++) {
      const date = addDays(start, i);
      for (let n = 0; n < 8; n++) {
        pending.push({
          key: randomUUID(),
          path: '/sessions',
          body: { localDate: date, exerciseId: walk, done: 5 + n, peak: 3, after: 3 },
        });
      }
    }
    const acknowledged: string[] = [];
    const unacknowledged: typeof pending = [];
    let killed = false;
    const send = async (w: (typeof pending)[number]) => {
      try {
        const res = await client.request('POST', base + w.path, w.body, { 'idempotency-key': w.key });
        if (res.status === 201) acknowledged.push(w.key);
        else unacknowledged.push(w);
      } catch {
        unacknowledged.push(w);
      }
      if (!killed && acknowledged.length >= 20) {
        killed = true;
        server.child.kill('SIGKILL');
      }
    };
    const queue = [...pending];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let w = queue.shift(); w !== undefined; w = queue.shift()) await send(w);
      }),
    );
    await waitForExit(server.child);
    expect(killed).toBe(true);
    expect(unacknowledged.length).toBeGreaterThan(0);

    const stored = await database.db
      .selectFrom('engine_event')
      .select('id')
      .where('patient_id', '=', me.id)
      .execute();
    const storedIds = new Set(stored.map((r) => r.id));
    for (const key of acknowledged) expect(storedIds.has(key)).toBe(true);

    server = await startServerProcess({ DATABASE_URL: scratch.url });
    client.baseUrl = server.url;
    for (const w of unacknowledged) {
      const res = await client.request('POST', base + w.path, w.body, { 'idempotency-key': w.key });
      expect(res.status).toBe(201);
    }
    const after = await database.db
      .selectFrom('engine_event')
      .select('id')
      .where('patient_id', '=', me.id)
      .execute();
    expect(after).toHaveLength(pending.length);
    expect(await storedDecisions(database.db, me.id)).toEqual(await replayedDecisions(database.db, me.id));
    server.child.kill('SIGTERM');
    await waitForExit(server.child);
  });
});
