import type { FastifyInstance } from 'fastify';
import { TestClock } from 'pg-boss';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ManualClock } from '../services/manual-clock.ts';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp, signUpAs } from '../test/harness.ts';
import { startWalking, write } from '../test/journey.ts';
import { DAY_END_QUEUE, type Jobs, startJobs } from './boss.ts';

async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describeEachDatabase('day-end jobs on pg-boss', (db) => {
  let app: FastifyInstance;
  let clock: ManualClock;
  let bossClock: TestClock;
  let jobs: Jobs;
  beforeAll(async () => {
    ({ app, clock } = await buildTestApp(db().database));
    bossClock = new TestClock('2026-03-02T09:00:00Z');
    jobs = await startJobs(db().database, app.ctx, {
      clock: bossClock,
      pollingIntervalSeconds: 1,
      log: () => {},
    });
    app.ctx.jobs = jobs.queue;
  });
  afterAll(async () => {
    await jobs.stop();
    await app.close();
  });

  it('times out a session with no morning answer at the start of the day after next, in the person’s zone', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const { client, id } = await signUpAs(app, { label: 'Auckland', timeZone: 'Pacific/Auckland' });
    const walk = await startWalking(client, id, '2026-03-02');
    const session = { localDate: '2026-03-02', exerciseId: walk, done: 'quota', peak: 3, after: 3 };
    expect((await write(client, 'POST', `/api/patients/${id}/sessions`, session)).status).toBe(201);
    // Logging twice on one day still makes one day-end job.
    const again = { ...session, peak: 2 };
    expect((await write(client, 'POST', `/api/patients/${id}/sessions`, again)).status).toBe(201);
    const queued = await jobs.boss.findJobs(DAY_END_QUEUE);
    expect(queued.filter((j) => (j.data as { patientId: string }).patientId === id)).toHaveLength(1);
    // 2026-03-04 starts at 2026-03-03T11:00Z in Auckland (UTC+13): nothing before, the tick after.
    await bossClock.setTime('2026-03-03T10:59:00Z');
    await bossClock.tick(2_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await client.get(`/api/patients/${id}/decisions`)).body).toHaveLength(1);
    clock.set('2026-03-03T11:00:30Z');
    await bossClock.setTime('2026-03-03T11:00:30Z');
    const decisions = await eventually(async () => {
      await bossClock.tick(2_000);
      const res = await client.get(`/api/patients/${id}/decisions`);
      return res.body.length > 1 ? res.body : undefined;
    });
    expect(decisions.at(-1)).toMatchObject({
      action: 'hold',
      zone: 'AMBER',
      reasonCode: 'hold_timeout',
      localDate: '2026-03-04',
    });
  });
});
