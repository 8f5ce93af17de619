import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Database, openDatabase } from '../db/database.ts';
import { TestClient } from '../test/client.ts';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp, PASSWORD, signUpAs } from '../test/harness.ts';
import { startWalking, write } from '../test/journey.ts';
import { replayedDecisions, storedDecisions } from '../test/replay.ts';
import { addDays } from './local-date.ts';
import { ManualClock } from './manual-clock.ts';

const START = '2026-03-02';

// Two app instances with their own connection pools (on PostgreSQL) stand for two server processes.
describeEachDatabase('concurrent writes for one person through two app instances', (db) => {
  let appA: FastifyInstance;
  let appB: FastifyInstance;
  let second: Database;
  const clock = new ManualClock(`${START}T09:00:00Z`);
  beforeAll(async () => {
    const { kind, database, url } = db();
    second = kind === 'postgres' ? await openDatabase({ url: url as string }) : database;
    ({ app: appA } = await buildTestApp(database, { clock }));
    ({ app: appB } = await buildTestApp(second, { clock }));
  });
  afterAll(async () => {
    await appA.close();
    await appB.close();
    if (second !== db().database) await second.close();
  });

  it('serialises them: the stored decisions equal a sequential replay', async () => {
    const phone = await signUpAs(appA, { label: 'Two devices' });
    const walk = await startWalking(phone.client, phone.id, START);
    clock.set('2026-03-25T12:00:00Z');
    const laptop = new TestClient(appB);
    expect((await laptop.post('/api/auth/sign-in', { email: phone.email, password: PASSWORD })).status).toBe(
      200,
    );
    const base = `/api/patients/${phone.id}`;
    const writes: Array<[TestClient, string, unknown]> = [];
    for (let i = 0; i < 18; i++) {
      const date = addDays(START, i);
      const device = i % 2 === 0 ? phone.client : laptop;
      const other = device === laptop ? phone.client : laptop;
      if (i > 0) writes.push([other, `${base}/mornings`, { localDate: date, pain: [3, 3, 4, 6, 3][i % 5] }]);
      writes.push([
        device,
        `${base}/sessions`,
        { localDate: date, exerciseId: walk, done: 'quota', peak: 3 + (i % 4), after: 3 },
      ]);
    }
    // Newest first, all at once: most writes arrive late and force replays that race each other.
    const results = await Promise.all(
      writes.reverse().map(([client, url, body]) => write(client, 'POST', url, body)),
    );
    expect(results.map((r) => r.status)).toEqual(results.map(() => 201));
    const stored = await storedDecisions(db().database.db, phone.id);
    expect(stored.length).toBeGreaterThan(10);
    expect(stored).toEqual(await replayedDecisions(db().database.db, phone.id));
  });
});
