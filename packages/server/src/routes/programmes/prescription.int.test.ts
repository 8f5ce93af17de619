// Issue 14: a clinician prescribes sets × reps (or holds) with a load and rest beside the engine's one
// quota; the person sees today's quota split into those sets; bad values are refused by field. And the
// measures list judges every scored measure against core's one MCID with core's one rounding.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ManualClock } from '../../services/manual-clock.ts';
import { careTeam } from '../../test/care-team.ts';
import { describeEachDatabase } from '../../test/databases.ts';
import { buildTestApp } from '../../test/harness.ts';
import { CLEAR_SCREENING, write } from '../../test/journey.ts';

describeEachDatabase('sets × reps, load and rest beside the quota', (db) => {
  let app: FastifyInstance;
  let clock: ManualClock;
  let team: Awaited<ReturnType<typeof careTeam>>;
  beforeAll(async () => {
    ({ app, clock } = await buildTestApp(db().database));
    clock.set('2026-03-02T09:00:00Z');
    team = await careTeam(app, 'rx');
  });
  afterAll(() => app.close());

  const squat = { name: 'Sit to stand', unit: 'reps', baseline: [30, 30, 31], perWeek: 5 };

  it('refuses a prescription that does not fit, naming the field', async () => {
    const c = team.clinician.client;
    const put = (exercise: Record<string, unknown>) =>
      write(c, 'PUT', `${team.base}/programme`, { exercises: [{ ...squat, ...exercise }] });
    for (const [body, field] of [
      [{ sets: 0 }, 'exercises.0.sets'],
      [{ sets: 11 }, 'exercises.0.sets'],
      [{ sets: 2.5 }, 'exercises.0.sets'],
      [{ loadKg: -1 }, 'exercises.0.loadKg'],
      [{ loadKg: 501 }, 'exercises.0.loadKg'],
      [{ loadKg: 2.1 }, 'exercises.0.loadKg'],
      [{ restSeconds: 601, sets: 3 }, 'exercises.0.restSeconds'],
    ] as const) {
      const res = await put(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(res.body), JSON.stringify(body)).toContain(field.split('.').at(-1) as string);
    }
    const minutes = await write(c, 'PUT', `${team.base}/programme`, {
      exercises: [{ name: 'Walk', unit: 'minutes', baseline: [10], sets: 3 }],
    });
    expect(minutes.status).toBe(400);
    expect(minutes.body.field ?? JSON.stringify(minutes.body)).toContain('exercises[0].sets');
    const restAlone = await put({ restSeconds: 60 });
    expect(restAlone.status).toBe(400);
    expect(restAlone.body.field ?? JSON.stringify(restAlone.body)).toContain('exercises[0].restSeconds');
  });

  it('stores sets, load and rest, splits today’s quota into the sets, and lets the clinician change them', async () => {
    const c = team.clinician.client;
    expect((await write(c, 'PUT', `${team.base}/screening`, CLEAR_SCREENING)).status).toBe(200);
    expect((await write(c, 'PUT', `${team.base}/reference-pain`, { referenceMorningPain: 3 })).status).toBe(
      200,
    );
    const draft = await write(c, 'PUT', `${team.base}/programme`, {
      exercises: [{ ...squat, sets: 3, loadKg: 5, restSeconds: 60 }],
    });
    expect(draft.status).toBe(200);
    expect(draft.body.exercises[0]).toMatchObject({ sets: 3, loadKg: 5, restSeconds: 60 });
    const started = await write(c, 'POST', `${team.base}/programme/start`, { startDate: '2026-03-02' });
    expect(started.status).toBe(200);
    const exerciseId = started.body.exercises[0].id;

    const today = await team.patient.client.get(`${team.base}/today`);
    expect(today.status).toBe(200);
    const ex = today.body.exercises[0];
    expect(ex.setsToday.reduce((s: number, n: number) => s + n, 0)).toBe(Math.round(ex.quota));
    expect(ex.setsToday).toHaveLength(3);
    expect(Math.max(...ex.setsToday) - Math.min(...ex.setsToday)).toBeLessThanOrEqual(1);
    expect(ex).toMatchObject({ loadKg: 5, restSeconds: 60 });

    const url = `${team.base}/programme/exercises/${exerciseId}/prescription`;
    const changed = await write(c, 'PUT', url, { sets: 2, loadKg: 7.5, restSeconds: null });
    expect(changed.status).toBe(200);
    expect(changed.body.exercises[0]).toMatchObject({ sets: 2, loadKg: 7.5, restSeconds: null });
    const after = (await team.patient.client.get(`${team.base}/today`)).body.exercises[0];
    expect(after.setsToday).toHaveLength(2);
    expect(after.quota).toBe(ex.quota); // the engine's quota is untouched
    expect(after.loadKg).toBe(7.5);

    expect((await write(c, 'PUT', url, { sets: 2, loadKg: 600, restSeconds: null })).status).toBe(400);
    expect(
      (await write(team.patient.client, 'PUT', url, { sets: 1, loadKg: null, restSeconds: null })).status,
    ).toBe(403);
  });

  it('judges PEG against 30 % lower and rounds every score to one decimal', async () => {
    const c = team.clinician.client;
    const peg = (week: number, items: number[]) =>
      write(c, 'POST', `${team.base}/measures`, { instrument: 'PEG', week, localDate: '2026-03-02', items });
    const first = await peg(0, [8, 7, 7]);
    expect(first.status).toBe(201);
    expect(first.body.total).toBe(7.3);
    expect((await peg(6, [5, 5, 5])).status).toBe(201);
    const list = (await c.get(`${team.base}/measures`)).body as {
      instrument: string;
      week: number;
      total: number;
      changeFromFirst: number | null;
      mcidPercent: number | null;
      meaningfulChange: boolean | null;
    }[];
    const six = list.find((m) => m.instrument === 'PEG' && m.week === 6);
    expect(six).toMatchObject({ total: 5, changeFromFirst: -2.3, mcidPercent: 30, meaningfulChange: true });
  });
});
