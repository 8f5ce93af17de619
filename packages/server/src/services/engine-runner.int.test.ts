import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp, signUpAs } from '../test/harness.ts';
import { startWalking, write } from '../test/journey.ts';
import { replayedDecisions, storedDecisions } from '../test/replay.ts';
import { addDays } from './local-date.ts';
import type { ManualClock } from './manual-clock.ts';

const START = '2026-03-02';

describeEachDatabase('engine runs, replays and idempotency', (db) => {
  let app: FastifyInstance;
  let clock: ManualClock;
  beforeAll(async () => {
    ({ app, clock } = await buildTestApp(db().database));
    clock.set('2026-03-02T09:00:00Z');
  });
  afterAll(() => app.close());

  async function newWalker() {
    clock.set(`${START}T09:00:00Z`);
    const person = await signUpAs(app, { label: 'Walker' });
    const walk = await startWalking(person.client, person.id, START);
    clock.set('2026-03-20T12:00:00Z');
    return { ...person, walk, base: `/api/patients/${person.id}` };
  }

  it('returns the first result for a repeated Idempotency-Key and stores one row', async () => {
    const { client, base, walk, id } = await newWalker();
    const body = { localDate: START, exerciseId: walk, done: 'quota', peak: 6, after: 6 };
    const first = await write(
      client,
      'POST',
      `${base}/sessions`,
      body,
      '00000000-0000-4000-8000-000000000001',
    );
    const again = await write(
      client,
      'POST',
      `${base}/sessions`,
      { ...body, peak: 2 },
      '00000000-0000-4000-8000-000000000001',
    );
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const rows = await db()
      .database.db.selectFrom('engine_event')
      .select('id')
      .where('patient_id', '=', id)
      .execute();
    expect(rows).toHaveLength(1);
    const elsewhere = await write(
      client,
      'POST',
      `${base}/mornings`,
      { localDate: START, pain: 3 },
      '00000000-0000-4000-8000-000000000001',
    );
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.field).toBe('idempotency-key');
  });

  it('stores one row when the same write races itself', async () => {
    const { client, base, walk, id } = await newWalker();
    const body = { localDate: START, exerciseId: walk, done: 'quota', peak: 3, after: 3 };
    const key = '00000000-0000-4000-8000-000000000002';
    const [a, b] = await Promise.all([
      write(client, 'POST', `${base}/sessions`, body, key),
      write(client, 'POST', `${base}/sessions`, body, key),
    ]);
    expect(a.body).toEqual(b.body);
    const rows = await db()
      .database.db.selectFrom('engine_event')
      .select('id')
      .where('patient_id', '=', id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('folds a late morning in at its own date and recomputes from that day', async () => {
    const { client, base, walk, id } = await newWalker();
    const session = (date: string) => ({
      localDate: date,
      exerciseId: walk,
      done: 'quota',
      peak: 3,
      after: 3,
    });
    await write(client, 'POST', `${base}/sessions`, session(START));
    await write(client, 'POST', `${base}/mornings`, { localDate: addDays(START, 2), pain: 3 });
    await write(client, 'POST', `${base}/sessions`, session(addDays(START, 2)));
    // Day 1's session timed out at day 3 (no morning on day 2)…
    expect((await storedDecisions(db().database.db, id)).map((d) => d.reasonCode)).toContain('hold_timeout');
    // …until the day-2 morning arrives late: day 1 is GREEN after all.
    const late = await write(client, 'POST', `${base}/mornings`, { localDate: addDays(START, 1), pain: 3 });
    expect(late.status).toBe(201);
    expect(late.body.replayedFromDay).toBe(2);
    const stored = await storedDecisions(db().database.db, id);
    expect(stored.map((d) => d.reasonCode)).not.toContain('hold_timeout');
    expect(stored).toEqual(await replayedDecisions(db().database.db, id));
  });

  it('replays the day when pain after is answered later', async () => {
    const { client, base, walk, id } = await newWalker();
    const logged = await write(client, 'POST', `${base}/sessions`, {
      localDate: START,
      exerciseId: walk,
      done: 'quota',
      peak: 3,
    });
    await write(client, 'POST', `${base}/mornings`, { localDate: addDays(START, 1), pain: 3 });
    const answered = await write(client, 'POST', `${base}/sessions/${logged.body.event.id}/after`, {
      after: 8,
    });
    expect(answered.status).toBe(200);
    expect(answered.body.session.after).toBe(8);
    expect(answered.body.decisions).toMatchObject([{ action: 'step_back', zone: 'RED' }]);
    expect(await storedDecisions(db().database.db, id)).toEqual(
      await replayedDecisions(db().database.db, id),
    );
  });

  it('stores the decisions of a from-scratch replay whatever order the events arrive in', async () => {
    const dayPlan = fc.record({
      morning: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
      session: fc.option(
        fc.record({ peak: fc.integer({ min: 0, max: 8 }), after: fc.integer({ min: 0, max: 8 }) }),
        {
          nil: undefined,
        },
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(dayPlan, { minLength: 3, maxLength: 12 }),
        fc.infiniteStream(fc.nat()),
        async (days, order) => {
          const { client, base, walk, id } = await newWalker();
          const writes: Array<[string, unknown]> = [];
          for (const [i, plan] of days.entries()) {
            const date = addDays(START, i);
            if (plan.morning !== undefined && i > 0)
              writes.push([`${base}/mornings`, { localDate: date, pain: plan.morning }]);
            if (plan.session !== undefined) {
              writes.push([
                `${base}/sessions`,
                { localDate: date, exerciseId: walk, done: 'quota', ...plan.session },
              ]);
            }
          }
          const shuffled = writes
            .map((w) => [order.next().value as number, w] as const)
            .sort((a, b) => a[0] - b[0]);
          for (const [, [url, body]] of shuffled)
            expect((await write(client, 'POST', url, body)).status).toBe(201);
          expect(await storedDecisions(db().database.db, id)).toEqual(
            await replayedDecisions(db().database.db, id),
          );
        },
      ),
      { numRuns: 8 },
    );
  });
});
