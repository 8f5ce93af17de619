import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp, signUpAs } from '../test/harness.ts';
import { write } from '../test/journey.ts';

describeEachDatabase('what the patient app saves on the server', (db) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({ app } = await buildTestApp(db().database));
  });
  afterAll(() => app.close());

  it('keeps text size and low-energy mode on the account, next to the language', async () => {
    const { client } = await signUpAs(app, { label: 'Reader' });
    expect((await client.get('/api/auth/me')).body).toMatchObject({ textSize: 'normal', lowEnergy: false });
    const res = await client.request('PATCH', '/api/account', {
      textSize: 'larger',
      lowEnergy: true,
      locale: 'es',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ textSize: 'larger', lowEnergy: true, locale: 'es' });
    expect((await client.get('/api/auth/me')).body).toMatchObject({ textSize: 'larger', lowEnergy: true });
    expect((await client.request('PATCH', '/api/account', { textSize: 'huge' })).status).toBe(400);
  });

  it("takes exercises by core's library id (kebab-case), as the self-guided picker sends them", async () => {
    const { client, id } = await signUpAs(app, { label: 'Picker' });
    const body = {
      exercises: [{ name: 'Easy walk', unit: 'minutes', libraryExerciseId: 'easy-walk', maxQuota: 60 }],
    };
    const res = await write(client, 'PUT', `/api/patients/${id}/programme`, body);
    expect(res.status).toBe(200);
    expect(res.body.exercises[0]).toMatchObject({ libraryExerciseId: 'easy-walk' });
    const bad = { exercises: [{ name: 'X', unit: 'minutes', libraryExerciseId: 'Drop Table' }] };
    const refused = await write(client, 'PUT', `/api/patients/${id}/programme`, bad);
    expect(refused.status).toBe(400);
    expect(refused.body.field).toMatch(/libraryExerciseId/);
  });
});
