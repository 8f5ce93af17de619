// Issue 13, items 3–8: dates within their windows (measures, the programme's start, mornings before it),
// only library exercises that exist, and text that can be stored as sent (no NUL, no lone surrogate),
// each refused with a 400 naming the field; and the OpenAPI document says so.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../services/local-date.ts';
import type { ManualClock } from '../services/manual-clock.ts';
import { careTeam } from '../test/care-team.ts';
import type { TestClient } from '../test/client.ts';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp, signUpAs } from '../test/harness.ts';
import { CLEAR_SCREENING, startWalking, walkingProgramme, write } from '../test/journey.ts';

const TODAY = '2026-03-02'; // the harness clock, 09:00 in London
const PEG = { instrument: 'PEG', week: 0, items: [3, 3, 3] };

function expectRefused(res: { status: number; body: { field?: string } }, field: string) {
  expect({ status: res.status, field: res.body.field }).toEqual({ status: 400, field });
}

describeEachDatabase('input bounds', (db) => {
  let app: FastifyInstance;
  let clock: ManualClock;
  let team: Awaited<ReturnType<typeof careTeam>>;
  beforeAll(async () => {
    ({ app, clock } = await buildTestApp(db().database));
    clock.set(`${TODAY}T09:00:00Z`);
    team = await careTeam(app, 'bounds');
  });
  afterAll(() => app.close());

  /** A self-guided person with a clear screening and a draft walking programme. */
  async function withDraft(label: string) {
    const person = await signUpAs(app, { label });
    const base = `/api/patients/${person.id}`;
    await write(person.client, 'PUT', `${base}/screening`, CLEAR_SCREENING);
    await write(person.client, 'PUT', `${base}/reference-pain`, { referenceMorningPain: 3 });
    expect((await write(person.client, 'PUT', `${base}/programme`, walkingProgramme())).status).toBe(200);
    return { ...person, base };
  }

  it('refuses a measure dated after the person’s tomorrow (3)', async () => {
    const { client, id } = await signUpAs(app, { label: 'measures' });
    const url = `/api/patients/${id}/measures`;
    for (const localDate of ['9999-12-31', '2999-01-01', addDays(TODAY, 2)])
      expectRefused(await write(client, 'POST', url, { ...PEG, localDate }), 'localDate');
    expect((await write(client, 'POST', url, { ...PEG, localDate: addDays(TODAY, 1) })).status).toBe(201);
  });

  it('refuses a programme start more than 28 days ahead (4)', async () => {
    const { client, base } = await withDraft('start');
    const start = (startDate: string) => write(client, 'POST', `${base}/programme/start`, { startDate });
    for (const startDate of ['9999-12-31', addDays(TODAY, 400), addDays(TODAY, 29), addDays(TODAY, -8)])
      expectRefused(await start(startDate), 'startDate');
    expect((await start(addDays(TODAY, 28))).status).toBe(200);
    const today = await client.get(`${base}/today`);
    expect(today.status).toBe(200);
  });

  it('accepts mornings before the programme only within the onboarding window (5)', async () => {
    const { client, id } = await signUpAs(app, { label: 'mornings' });
    const morning = (localDate: string) =>
      write(client, 'POST', `/api/patients/${id}/mornings`, { localDate, pain: 3 });
    for (const localDate of [addDays(TODAY, -3650), addDays(TODAY, -29)])
      expectRefused(await morning(localDate), 'localDate');
    expect((await morning(addDays(TODAY, -28))).status).toBe(201);
    // With a programme running since today: a morning before its start still needs the window.
    await startWalking(client, id, TODAY);
    expectRefused(await morning(addDays(TODAY, -40)), 'localDate');
    expect((await morning(addDays(TODAY, -1))).status).toBe(201);
  });

  it('refuses an unknown library exercise, naming which (6)', async () => {
    const { client, base } = await withDraft('library');
    const exercises = [
      { name: 'Walk', unit: 'minutes', libraryExerciseId: 'easy-walk' },
      { name: 'Sit', unit: 'reps' },
      { name: 'Nothing', unit: 'reps', libraryExerciseId: 'no-such-exercise' },
    ];
    expectRefused(
      await write(client, 'PUT', `${base}/programme`, { exercises }),
      'exercises[2].libraryExerciseId',
    );
    const own = await write(team.admin.client, 'POST', '/api/library', {
      name: 'Admin’s own',
      unit: 'minutes',
      maxQuota: 30,
      modality: 'aerobic',
      region: 'whole_body',
    });
    expect(own.status).toBe(201);
    const someoneElses = [{ name: 'Borrowed', unit: 'minutes', libraryExerciseId: own.body.id }];
    expectRefused(
      await write(client, 'PUT', `${base}/programme`, { exercises: someoneElses }),
      'exercises[0].libraryExerciseId',
    );
    expect(
      (await write(client, 'PUT', `${base}/programme`, { exercises: exercises.slice(0, 2) })).status,
    ).toBe(200);
    const started = await startWalking(client, base.split('/').at(-1) as string, TODAY);
    expect(started).toBeTruthy();
    const added = await write(client, 'POST', `${base}/programme/exercises`, {
      name: 'Nothing',
      unit: 'reps',
      libraryExerciseId: 'no-such-exercise',
      baseline: [5],
    });
    expectRefused(added, 'libraryExerciseId');
  });

  describe('text that cannot be stored as sent (7, 8)', () => {
    const BAD = { surrogate: 'Walk \ud800 on', trailing: 'Walk \udc00', nul: 'Walk \u0000 on' };

    async function cases(): Promise<
      [string, TestClient, string, string, (bad: string) => unknown, string][]
    > {
      const self = await withDraft('text');
      const walk = await startWalking(self.client, self.id, TODAY);
      const c = team.clinician.client;
      const exercise = (patch: Record<string, string>) => ({
        exercises: [{ name: 'Walk', unit: 'minutes', baseline: [10], ...patch }],
      });
      const library = { unit: 'minutes', maxQuota: 30, modality: 'aerobic', region: 'whole_body' };
      return [
        ['PATCH', self.client, '/api/account', 'displayName', (t) => ({ displayName: t }), 'displayName'],
        [
          'PUT',
          self.client,
          `${self.base}/programme`,
          'name',
          (t) => exercise({ name: t }),
          'exercises[0].name',
        ],
        [
          'PUT',
          self.client,
          `${self.base}/programme`,
          'instructions',
          (t) => exercise({ instructions: t }),
          'exercises[0].instructions',
        ],
        [
          'PUT',
          self.client,
          `${self.base}/programme`,
          'flarePlan',
          (t) => ({ ...exercise({}), flarePlan: t }),
          'flarePlan',
        ],
        [
          'POST',
          self.client,
          `${self.base}/sessions`,
          'note',
          (t) => ({ localDate: TODAY, exerciseId: walk, done: 'quota', peak: 2, note: t }),
          'note',
        ],
        [
          'POST',
          self.client,
          `${self.base}/measures`,
          'PSFS',
          (t) => ({ instrument: 'PSFS', week: 0, localDate: TODAY, activities: [{ name: t, score: 4 }] }),
          'activities[0].name',
        ],
        [
          'POST',
          self.client,
          `${self.base}/clearance`,
          'clearedBy',
          (t) => ({ clearedOn: TODAY, clearedBy: t }),
          'clearedBy',
        ],
        ['POST', c, '/api/library', 'name', (t) => ({ ...library, name: t }), 'name'],
        [
          'POST',
          c,
          '/api/library',
          'instructions',
          (t) => ({ ...library, name: 'X', instructions: t }),
          'instructions',
        ],
        ['POST', c, `${team.base}/notes`, 'note', (t) => ({ text: t }), 'text'],
      ];
    }

    it('refuses a lone surrogate or a NUL in every text field, naming the field, and stores nothing', async () => {
      for (const [method, client, url, , body, field] of await cases()) {
        for (const [kind, bad] of Object.entries(BAD)) {
          const res = await write(client, method as 'POST', url, body(bad));
          expect({ url, kind, status: res.status, field: res.body.field }).toEqual({
            url,
            kind,
            status: 400,
            field,
          });
        }
      }
      const texts = await db().database.db.selectFrom('account').select('display_name').execute();
      expect(texts.map((t) => t.display_name).join('')).not.toContain('\ufffd');
    });

    it('keeps emoji and accents (whole surrogate pairs) as sent', async () => {
      const self = await signUpAs(app, { label: 'emoji' });
      const res = await self.client.request('PATCH', '/api/account', { displayName: 'Ana 🙂 Núñez' });
      expect(res.status).toBe(200);
      expect(res.body.displayName).toBe('Ana 🙂 Núñez');
    });
  });

  it('states the bounds in the OpenAPI document', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const body = (path: string, method: string) => {
      const schema = doc.paths[path][method].requestBody.content['application/json'].schema;
      return schema.properties ?? schema;
    };
    const start = body('/api/patients/{patientId}/programme/start', 'post');
    expect(start.startDate.description).toMatch(/7 days before to 28 days after/);
    const morning = body('/api/patients/{patientId}/mornings', 'post');
    expect(morning.localDate.description).toMatch(/tomorrow.*28 days before today/s);
    const measure = JSON.stringify(body('/api/patients/{patientId}/measures', 'post'));
    expect(measure).toMatch(/no later than the person's tomorrow/);
    const programme = JSON.stringify(body('/api/patients/{patientId}/programme', 'put'));
    expect(programme).toMatch(/an unknown one is refused/);
    const push = body('/api/push/subscriptions', 'post');
    expect(push.endpoint.description).toMatch(/public host.*STEADILY_PUSH_ALLOW_HOSTS/s);
    const note = body('/api/patients/{patientId}/notes', 'post');
    expect(note.text.pattern).toBeDefined();
    expect(new RegExp(note.text.pattern, 'u').test('a\u0000b')).toBe(false);
    expect(new RegExp(note.text.pattern, 'u').test('\ud800')).toBe(false);
    expect(new RegExp(note.text.pattern, 'u').test('Ana 🙂')).toBe(true);
    expect(body('/api/account', 'patch').displayName.pattern).toBe(note.text.pattern);
  });
});
