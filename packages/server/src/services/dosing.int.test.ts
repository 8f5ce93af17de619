// The dosing model of a programme (issue 11): new programmes run "personal"; programmes that ran before
// migration 0010 keep "classic" with rules version 1 and still equal a replay; a clinician's switch is a
// dated event that leaves earlier decisions alone; the release switch moves self-guided people once,
// with a notice, and leaves clinicians' models alone.
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as dosingMigration from '../db/migrations/0010-dosing-model.ts';
import type { ManualClock } from '../services/manual-clock.ts';
import type { TestClient } from '../test/client.ts';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp, signUpAs } from '../test/harness.ts';
import { CLEAR_SCREENING, startWalking, walkingProgramme, write } from '../test/journey.ts';
import { replayedDecisions, storedDecisions } from '../test/replay.ts';
import { runReleaseSwitch } from './dosing.ts';
import { addDays } from './local-date.ts';

describeEachDatabase('dosing model', (db) => {
  let app: FastifyInstance;
  let clock: ManualClock;
  let clinician: TestClient;
  beforeAll(async () => {
    ({ app, clock } = await buildTestApp(db().database));
    ({ client: clinician } = await signUpAs(app, { role: 'clinician', label: 'Dr Dose' }));
  });
  afterAll(() => app.close());

  /** A morning and a walk at the quota; pains wobble with the day so the rules have something to do. */
  async function logDay(client: TestClient, patientId: string, walk: string, date: string, n: number) {
    const base = `/api/patients/${patientId}`;
    clock.set(`${date}T08:00:00Z`);
    const pain = [3, 4, 3, 5, 3, 4, 2, 3][n % 8] as number;
    expect((await write(client, 'POST', `${base}/mornings`, { localDate: date, pain })).status).toBe(201);
    clock.set(`${date}T18:00:00Z`);
    const session = { localDate: date, exerciseId: walk, done: 'quota', peak: pain, after: pain };
    expect((await write(client, 'POST', `${base}/sessions`, session)).status).toBe(201);
  }

  async function patientOfClinician(label: string) {
    const invitation = await write(clinician, 'POST', '/api/invitations', { kind: 'patient' });
    const patient = await signUpAs(app, { label, invitationCode: invitation.body.code });
    await write(patient.client, 'PUT', `/api/patients/${patient.id}/screening`, CLEAR_SCREENING);
    return patient;
  }

  /** Starts a walking programme under "classic", as every programme did before issue 11. */
  async function startClassic(client: TestClient, patientId: string, startDate: string) {
    const base = `/api/patients/${patientId}`;
    await write(client, 'PUT', `${base}/screening`, CLEAR_SCREENING);
    await write(client, 'PUT', `${base}/reference-pain`, { referenceMorningPain: 3 });
    await write(client, 'PUT', `${base}/programme`, walkingProgramme());
    const started = await write(client, 'POST', `${base}/programme/start`, { startDate, dosing: 'classic' });
    expect(started.status).toBe(200);
    return started.body.exercises[0].id as string;
  }

  it('a new programme runs the personal model under the current rules, and says so', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const { client, id } = await signUpAs(app, { label: 'New Start' });
    const walk = await startWalking(client, id, '2026-03-02');
    for (let n = 0; n < 3; n++) await logDay(client, id, walk, addDays('2026-03-02', n), n);
    const today = await client.get(`/api/patients/${id}/today`);
    expect(today.body.dosing).toMatchObject({ model: 'personal', rulesVersion: 2, since: null });
    expect(today.body.dosing.learned).not.toBeNull();
    expect(today.body.dosingNotice).toBeNull();
    const row = await db()
      .database.db.selectFrom('programme')
      .select(['dosing', 'rules_version', 'profile'])
      .where('patient_id', '=', id)
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ dosing: 'personal', rules_version: 2 });
    expect(row.profile).toMatchObject({ dosing: 'personal', rulesVersion: 2 });
    const decisions = (await client.get(`/api/patients/${id}/decisions`)).body as { inputs: object }[];
    expect(decisions.at(-1)?.inputs).toMatchObject({ dosing: 'personal' });
    expect(await storedDecisions(db().database.db, id)).toEqual(
      await replayedDecisions(db().database.db, id),
    );
  });

  it('a switch is dated: decisions before it stay, later ones follow the new model, replay included', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const patient = await patientOfClinician('Switch Me');
    const base = `/api/patients/${patient.id}`;
    const walk = await startWalking(clinician, patient.id, '2026-03-02');
    for (let n = 0; n < 5; n++) await logDay(patient.client, patient.id, walk, addDays('2026-03-02', n), n);
    const before = await storedDecisions(db().database.db, patient.id);
    // Today's session came first: the change sorts after it, so no stored decision is rewritten.
    expect((await write(patient.client, 'POST', `${base}/dosing`, { dosing: 'classic' })).status).toBe(403);
    const switched = await write(clinician, 'POST', `${base}/dosing`, { dosing: 'classic' });
    expect(switched.status).toBe(200);
    expect(switched.body).toMatchObject({ dosing: 'classic', rulesVersion: 2, localDate: '2026-03-06' });
    expect(await storedDecisions(db().database.db, patient.id)).toEqual(before);
    // Asking again changes nothing.
    const again = await write(clinician, 'POST', `${base}/dosing`, { dosing: 'classic' });
    expect(again.body).toMatchObject({ dosing: 'classic', localDate: null, decisions: [] });
    for (let n = 5; n < 8; n++) await logDay(patient.client, patient.id, walk, addDays('2026-03-02', n), n);
    // A late session for day 3 replays from its checkpoint across the switch.
    clock.set('2026-03-09T19:00:00Z');
    const late = { localDate: '2026-03-04', exerciseId: walk, done: 4, peak: 3, after: 3 };
    expect((await write(patient.client, 'POST', `${base}/sessions`, late)).status).toBe(201);
    const stored = await storedDecisions(db().database.db, patient.id);
    // Before the late session's day, nothing moved.
    const early = (list: { day: number }[]) => list.filter((d) => d.day < 3);
    expect(early(stored)).toEqual(early(before));
    expect(stored).toEqual(await replayedDecisions(db().database.db, patient.id));
    const decisions = (await clinician.get(`${base}/decisions`)).body as { day: number; inputs: object }[];
    for (const d of decisions.filter((x) => x.day <= 5))
      expect(d.inputs).toMatchObject({ dosing: 'personal' });
    for (const d of decisions.filter((x) => x.day > 5)) expect(d.inputs).toMatchObject({ dosing: 'classic' });
    const timeline = await clinician.get(`${base}/timeline`);
    expect(timeline.body.dosing).toMatchObject({
      model: 'classic',
      since: { localDate: '2026-03-06', day: 5 },
      learned: null,
    });
    // The FHIR Provenance of each decision names the model it was made under.
    const bundle = await clinician.get(`${base}/fhir`);
    const policies = (bundle.body.entry as { resource: { resourceType: string; policy?: string[] } }[])
      .filter((e) => e.resource.resourceType === 'Provenance')
      .map((e) => e.resource.policy?.[0]?.split('#')[1]);
    expect(policies).toContain('personal/2');
    expect(policies).toContain('classic/2');
  });

  it('after migration 0010 a running classic programme is classic/1 and still equals a replay; the release switch moves it once', async () => {
    clock.set('2026-03-02T09:00:00Z');
    const followed = await patientOfClinician('Old Followed');
    const alone = await signUpAs(app, { label: 'Old Alone' });
    const walkF = await startClassic(clinician, followed.id, '2026-03-02');
    const walkA = await startClassic(alone.client, alone.id, '2026-03-02');
    for (let n = 0; n < 4; n++) {
      await logDay(followed.client, followed.id, walkF, addDays('2026-03-02', n), n);
      await logDay(alone.client, alone.id, walkA, addDays('2026-03-02', n), n + 3);
    }
    // The stored data as the build before issue 11 left it: no dosing in profiles or engine snapshots,
    // and no columns; then migration 0010 runs.
    const k = db().database.db;
    const ids = [followed.id, alone.id];
    await sql`update programme set profile = profile - 'dosing' - 'rulesVersion'
      where patient_id in (${sql.join(ids)})`.execute(k);
    for (const table of ['engine_state', 'engine_checkpoint']) {
      await sql`update ${sql.table(table)} set snapshot = snapshot - 'dosing' - 'rulesVersion'
        where programme_id in (select id from programme where patient_id in (${sql.join(ids)}))`.execute(k);
    }
    await dosingMigration.down(k as never);
    await dosingMigration.up(k as never);
    const before = {
      followed: await storedDecisions(k, followed.id),
      alone: await storedDecisions(k, alone.id),
    };
    for (const id of [followed.id, alone.id]) {
      expect(before[id === followed.id ? 'followed' : 'alone']).toEqual(await replayedDecisions(k, id));
      const row = await k
        .selectFrom('programme')
        .select(['dosing', 'rules_version', 'profile'])
        .where('patient_id', '=', id)
        .where('status', '=', 'active')
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ dosing: 'classic', rules_version: 1 });
      expect(row.profile).toMatchObject({ dosing: 'classic', rulesVersion: 1 });
    }
    // A late event replays from a checkpoint under the stored model and version.
    clock.set('2026-03-05T20:00:00Z');
    const late = { localDate: '2026-03-04', exerciseId: walkF, done: 4, peak: 3, after: 3 };
    expect((await write(followed.client, 'POST', `/api/patients/${followed.id}/sessions`, late)).status).toBe(
      201,
    );
    expect(await storedDecisions(k, followed.id)).toEqual(await replayedDecisions(k, followed.id));
    before.followed = await storedDecisions(k, followed.id);

    // The release switch (run at every server start): twice is once.
    clock.set('2026-03-06T07:00:00Z');
    const moved = await runReleaseSwitch(app.ctx);
    expect(moved).toBe(2);
    expect(await runReleaseSwitch(app.ctx)).toBe(0);
    for (const [id, events] of [
      [followed.id, 'classic'],
      [alone.id, 'personal'],
    ] as const) {
      const rows = await k
        .selectFrom('engine_event')
        .select(['payload', 'local_date', 'created_by'])
        .where('patient_id', '=', id)
        .where('type', '=', 'set_dosing')
        .execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        payload: { dosing: events, rulesVersion: 2 },
        local_date: '2026-03-06',
        created_by: null,
      });
    }
    // Stored decisions are never rewritten.
    expect(await storedDecisions(k, followed.id)).toEqual(before.followed);
    expect(await storedDecisions(k, alone.id)).toEqual(before.alone);

    // The clinician's programme keeps its model (and gets no notice); the self-guided person is told once.
    const followedToday = await followed.client.get(`/api/patients/${followed.id}/today`);
    expect(followedToday.body.dosing).toMatchObject({ model: 'classic', rulesVersion: 2 });
    expect(followedToday.body.dosingNotice).toBeNull();
    const aloneToday = await alone.client.get(`/api/patients/${alone.id}/today`);
    expect(aloneToday.body.dosing).toMatchObject({ model: 'personal', rulesVersion: 2 });
    expect(aloneToday.body.dosingNotice).toEqual({ localDate: '2026-03-06' });
    const base = `/api/patients/${alone.id}`;
    expect((await write(alone.client, 'POST', `${base}/dosing-notice/close`)).status).toBe(200);
    expect((await write(alone.client, 'POST', `${base}/dosing-notice/close`)).status).toBe(200);
    expect((await alone.client.get(`${base}/today`)).body.dosingNotice).toBeNull();

    // Days after the switch, and a late event across it, still equal a replay.
    for (let n = 4; n < 7; n++) {
      await logDay(followed.client, followed.id, walkF, addDays('2026-03-02', n), n);
      await logDay(alone.client, alone.id, walkA, addDays('2026-03-02', n), n + 3);
    }
    clock.set('2026-03-08T20:00:00Z');
    const lateAlone = { localDate: '2026-03-05', exerciseId: walkA, done: 5, peak: 4, after: 4 };
    expect((await write(alone.client, 'POST', `${base}/sessions`, lateAlone)).status).toBe(201);
    for (const id of [followed.id, alone.id])
      expect(await storedDecisions(k, id)).toEqual(await replayedDecisions(k, id));
    const aloneDecisions = (await alone.client.get(`${base}/decisions`)).body as {
      day: number;
      inputs: object;
    }[];
    expect(aloneDecisions.filter((d) => d.day > 5).every((d) => 'dosing' in d.inputs)).toBe(true);
    expect(
      aloneDecisions.filter((d) => d.day > 5).map((d) => (d.inputs as { dosing: string }).dosing),
    ).toContain('personal');
  });
});
