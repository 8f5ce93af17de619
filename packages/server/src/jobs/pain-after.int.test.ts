import type { FastifyInstance } from 'fastify';
import { TestClock } from 'pg-boss';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ManualClock } from '../services/manual-clock.ts';
import { painAfterMessage } from '../services/reminder-message.ts';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp, signUpAs } from '../test/harness.ts';
import { startWalking, write } from '../test/journey.ts';
import { type Jobs, PAIN_AFTER_QUEUE, startJobs } from './boss.ts';
import type { PainAfterData } from './pain-after.ts';

describeEachDatabase('the pain-after push, an hour after a session', (db) => {
  let app: FastifyInstance;
  let clock: ManualClock;
  let bossClock: TestClock;
  let jobs: Jobs;
  const sent: PainAfterData[] = [];
  beforeAll(async () => {
    ({ app, clock } = await buildTestApp(db().database));
    bossClock = new TestClock('2026-03-02T09:00:00Z');
    jobs = await startJobs(db().database, app.ctx, {
      clock: bossClock,
      pollingIntervalSeconds: 1,
      sendPainAfter: async (_ctx, data) => {
        sent.push(data);
      },
      log: () => {},
    });
    app.ctx.jobs = jobs.queue;
  });
  afterAll(async () => {
    await jobs.stop();
    await app.close();
  });

  async function queuedFor(patientId: string) {
    const queued = await jobs.boss.findJobs<PainAfterData>(PAIN_AFTER_QUEUE);
    return queued.filter((job) => job.data.patientId === patientId);
  }

  it('is queued for an hour later when pain after is left for later, and not when it is given', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const { client, id } = await signUpAs(app, { label: 'Later' });
    const walk = await startWalking(client, id, '2026-03-02');
    const base = { localDate: '2026-03-02', exerciseId: walk, done: 'quota', peak: 3 };
    const answered = await write(client, 'POST', `/api/patients/${id}/sessions`, { ...base, after: 3 });
    expect(answered.status).toBe(201);
    expect(await queuedFor(id)).toHaveLength(0);
    const later = await write(client, 'POST', `/api/patients/${id}/sessions`, base);
    expect(later.status).toBe(201);
    const queued = await queuedFor(id);
    expect(queued).toHaveLength(1);
    expect(queued[0]?.data.sessionId).toBe(later.body.event.id);
    expect(queued[0]?.startAfter.toISOString()).toBe('2026-03-02T10:00:00.000Z');
  });

  it('is sent by the worker once the hour has passed', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const { client, id } = await signUpAs(app, { label: 'Worker' });
    const walk = await startWalking(client, id, '2026-03-02');
    const body = { localDate: '2026-03-02', exerciseId: walk, done: 'quota', peak: 3 };
    const session = await write(client, 'POST', `/api/patients/${id}/sessions`, body);
    await bossClock.setTime('2026-03-02T09:59:00Z');
    await bossClock.tick(2_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(sent.filter((s) => s.patientId === id)).toHaveLength(0);
    await bossClock.setTime('2026-03-02T10:00:30Z');
    const deadline = Date.now() + 20_000;
    while (!sent.some((s) => s.patientId === id) && Date.now() < deadline) {
      await bossClock.tick(2_000);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(sent.filter((s) => s.patientId === id)).toEqual([
      { patientId: id, sessionId: session.body.event.id },
    ]);
  });

  it('asks in the person’s language, and says nothing once the answer has come', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const { client, id } = await signUpAs(app, { label: 'Lucia' });
    const changed = await client.request('PATCH', '/api/account', { locale: 'es' });
    expect(changed.status).toBe(200);
    const walk = await startWalking(client, id, '2026-03-02');
    const body = { localDate: '2026-03-02', exerciseId: walk, done: 'quota', peak: 3 };
    const session = await write(client, 'POST', `/api/patients/${id}/sessions`, body);
    const sessionId: string = session.body.event.id;
    clock.set('2026-03-02T10:00:00Z');
    expect(await painAfterMessage(app.ctx.db, clock, id, sessionId)).toEqual({
      title: 'Steadily',
      body: '¿Cómo está su dolor ahora, después de Walking? Conteste con un toque.',
      url: '/today',
      tag: 'pain-after',
    });
    clock.set('2026-03-04T10:00:00Z');
    expect(await painAfterMessage(app.ctx.db, clock, id, sessionId)).toBeNull();
    clock.set('2026-03-02T10:30:00Z');
    const after = await write(client, 'POST', `/api/patients/${id}/sessions/${sessionId}/after`, {
      after: 2,
    });
    expect(after.status).toBe(200);
    expect(await painAfterMessage(app.ctx.db, clock, id, sessionId)).toBeNull();
  });
});
