import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ManualClock } from '../services/manual-clock.ts';
import { buildFixture, type Fixture, ROLES } from '../test/authz-fixture.ts';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp } from '../test/harness.ts';
import { cloneOf, fill, ROWS } from '../test/route-table.ts';

describeEachDatabase('authorisation matrix: every route × role × own/other record', (db) => {
  let app: FastifyInstance;
  let clock: ManualClock;
  let fixture: Fixture;
  beforeAll(async () => {
    ({ app, clock } = await buildTestApp(db().database));
    fixture = await buildFixture(app, clock);
  });
  afterAll(() => app.close());

  it('has a row for every route of the API', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const covered = new Set(
      ROWS.map(
        (r) =>
          `${r.method} ${r.path.replace(/\{(draftExerciseId|stretchId|ownExerciseId)\}/, '{exerciseId}')}`,
      ),
    );
    const renamed = (key: string) =>
      key.replace('{otherClinicianId}', '{accountId}').replace('{spareSessionId}', '{sessionId}');
    const coveredNames = new Set([...covered].map(renamed));
    expect(documented.filter((key) => !coveredNames.has(key))).toEqual([]);
  });

  it('answers each role as the matrix says', async () => {
    const failures: string[] = [];
    for (const row of ROWS) {
      for (const [i, role] of ROLES.entries()) {
        const client = cloneOf(fixture.clients[role], app);
        const body = row.body?.(fixture, role);
        const res = await client.request(row.method, fill(row.path, fixture), body, {
          'idempotency-key': randomUUID(),
        });
        const want = row.expect[i];
        const good = want === 'ok' ? res.status >= 200 && res.status < 300 : res.status === want;
        if (!good)
          failures.push(
            `${row.method} ${row.path} as ${role}: ${res.status} (want ${want}) ${JSON.stringify(res.body).slice(0, 160)}`,
          );
      }
    }
    expect(failures).toEqual([]);
  });
});
