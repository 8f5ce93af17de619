import type { FastifyInstance } from 'fastify';
import { TestClock } from 'pg-boss';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp, signUpAs } from '../test/harness.ts';
import { write } from '../test/journey.ts';
import { type Jobs, REMINDER_QUEUE, startJobs } from './boss.ts';

describeEachDatabase('reminder schedules on pg-boss', (db) => {
  let app: FastifyInstance;
  let jobs: Jobs;
  beforeAll(async () => {
    ({ app } = await buildTestApp(db().database));
    jobs = await startJobs(db().database, app.ctx, {
      clock: new TestClock('2026-03-02T09:00:00Z'),
      log: () => {},
    });
    app.ctx.jobs = jobs.queue;
  });
  afterAll(async () => {
    await jobs.stop();
    await app.close();
  });

  it('keeps one daily schedule per chosen time, in the person’s time zone, replaced when they change', async () => {
    const { client, id } = await signUpAs(app, { label: 'Reminded', timeZone: 'America/Mexico_City' });
    const first = await write(client, 'PUT', `/api/patients/${id}/reminders`, { times: ['18:30', '08:00'] });
    expect(first.body).toEqual({ times: ['08:00', '18:30'], timeZone: 'America/Mexico_City' });
    let mine = (await jobs.boss.getSchedules(REMINDER_QUEUE)).filter((s) => s.key.startsWith(id));
    expect(mine.map((s) => [s.cron, s.timezone]).sort()).toEqual([
      ['0 8 * * *', 'America/Mexico_City'],
      ['30 18 * * *', 'America/Mexico_City'],
    ]);
    await write(client, 'PUT', `/api/patients/${id}/reminders`, { times: ['07:15'] });
    mine = (await jobs.boss.getSchedules(REMINDER_QUEUE)).filter((s) => s.key.startsWith(id));
    expect(mine.map((s) => s.cron)).toEqual(['15 7 * * *']);
    expect((await client.get(`/api/patients/${id}/reminders`)).body.times).toEqual(['07:15']);
  });
});
