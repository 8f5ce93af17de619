import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ManualClock } from '../services/manual-clock.ts';
import { buildFixture, type Fixture } from '../test/authz-fixture.ts';
import { describeEachDatabase } from '../test/databases.ts';
import { buildTestApp } from '../test/harness.ts';
import { cloneOf, fill, ROWS } from '../test/route-table.ts';

// Rows that end the actor's session whatever the body: left out so the run keeps its actors.
const SKIP = new Set(['POST /api/auth/sign-out', 'DELETE /api/auth/sessions/{spareSessionId}']);

/** A valid body with one field replaced, removed or added, or any JSON at all. */
function mutated(valid: unknown): fc.Arbitrary<unknown> {
  const anything = fc.jsonValue();
  if (valid === null || typeof valid !== 'object' || Array.isArray(valid))
    return fc.oneof(anything, fc.constant(valid));
  const keys = Object.keys(valid);
  const object = valid as Record<string, unknown>;
  const replace =
    keys.length === 0
      ? anything
      : fc.tuple(fc.constantFrom(...keys), anything).map(([k, v]) => ({ ...object, [k]: v }));
  const remove =
    keys.length === 0
      ? anything
      : fc
          .constantFrom(...keys)
          .map((k) => Object.fromEntries(Object.entries(object).filter(([key]) => key !== k)));
  const add = fc.tuple(fc.string(), anything).map(([k, v]) => ({ ...object, [k]: v }));
  const strings = fc
    .string({ unit: 'binary' })
    .chain((s) =>
      keys.length === 0 ? fc.constant({ s }) : fc.constantFrom(...keys).map((k) => ({ ...object, [k]: s })),
    );
  return fc.oneof(replace, remove, add, strings, anything);
}

const pathValue = fc.oneof(
  fc.constant(null),
  fc.uuid(),
  fc.string(),
  fc.constantFrom('0', '-1', '%00', '..', 'null'),
);

describeEachDatabase('random input on every route', (db) => {
  let app: FastifyInstance;
  let clock: ManualClock;
  let fixture: Fixture;
  beforeAll(async () => {
    ({ app, clock } = await buildTestApp(db().database));
    fixture = await buildFixture(app, clock);
  });
  afterAll(() => app.close());

  it('never answers 5xx, whoever sends whatever', async () => {
    const failures: string[] = [];
    for (const row of ROWS.filter((r) => !SKIP.has(`${r.method} ${r.path}`))) {
      const valid = row.body?.(fixture, 'clinician');
      await fc
        .assert(
          fc.asyncProperty(
            fc.constantFrom('patient', 'clinician', 'anonymous', 'otherPatient' as const),
            mutated(valid ?? {}),
            pathValue,
            fc.oneof(fc.uuid(), fc.string()),
            fc.option(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string()), {
              nil: undefined,
            }),
            async (role, body, param, key, query) => {
              const client = cloneOf(fixture.clients[role], app);
              let url = fill(row.path, fixture);
              if (param !== null) url = url.replace(/[0-9a-f-]{36}/, encodeURIComponent(param));
              if (query !== undefined) url += `?${new URLSearchParams(query).toString()}`;
              const res = await client.request(row.method, url, row.method === 'GET' ? undefined : body, {
                'idempotency-key': key,
              });
              if (res.status >= 500)
                failures.push(`${row.method} ${url} ${JSON.stringify(body).slice(0, 200)} → ${res.status}`);
              return res.status < 500;
            },
          ),
          { numRuns: 25 },
        )
        .catch(() => {});
    }
    expect(failures).toEqual([]);
  });

  it('answers 400, not 500, for text the database cannot store', async () => {
    const client = cloneOf(fixture.clients.patient, app);
    const session = {
      localDate: fixture.today,
      exerciseId: fixture.walkId,
      done: 1,
      peak: 3,
      note: 'a\u0000b',
    };
    const res = await client.request('POST', `/api/patients/${fixture.patientId}/sessions`, session, {
      'idempotency-key': '00000000-0000-4000-8000-00000000000a',
    });
    expect(res.status).toBe(400);
    const named = await client.request('PATCH', '/api/account', { displayName: 'x\u0000y' });
    expect(named.status).toBe(400);
  });
});
