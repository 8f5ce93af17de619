// API write cost on PostgreSQL: p50/p99 latency and throughput of logging a session through the whole
// server (HTTP, session cookie, CSRF, authorisation, idempotency, the engine, decisions, day-end job),
// and of a bare `pg` insert of the same event row behind a bare node:http handler, measured in one run.
// Loopback only, bounded in time. The last line is their throughput ratio. Run: npm run bench:api
// (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test).
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildApp, coreEngine, migrateToLatest, openDatabase, startJobs } from '@steadily/server';
import autocannon, { type Result } from 'autocannon';
import pg from 'pg';
import { scratchDatabase } from './support/scratch-database.ts';

const ADMIN_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 8;
const PATIENTS = 32;
// Programmes start DAYS back (within the 30-day session lifetime) so each session can take its own day.
const DAYS = 28;

interface Person {
  id: string;
  walk: string;
  headers: Record<string, string>;
  next: number;
}

const dateAfter = (date: string, days: number) =>
  new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
const START = dateAfter(new Date().toISOString().slice(0, 10), -DAYS);

/** Signs a person up and starts a walking programme, through the API like the app would. */
async function onboard(base: string, i: number): Promise<Person> {
  const cookies = new Map<string, string>();
  let csrf = '';
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(base + path, {
      method,
      headers: {
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'x-csrf-token': csrf,
        'idempotency-key': randomUUID(),
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    for (const c of res.headers.getSetCookie()) {
      const [name, ...value] = (c.split(';')[0] ?? '').split('=');
      if (name !== undefined) cookies.set(name, value.join('='));
    }
    csrf = res.headers.get('x-csrf-token') ?? csrf;
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  await call('GET', '/api/auth/csrf');
  const email = `bench-${i}@example.test`;
  const me = await call('POST', '/api/auth/sign-up', {
    email,
    password: 'bench password 123',
    displayName: `Bench ${i}`,
    timeZone: 'UTC',
  });
  const p = `/api/patients/${me.id}`;
  await call('PUT', `${p}/screening`, {
    clearance: { general: Array(7).fill(false) },
    redFlags: [],
    pem: false,
  });
  await call('PUT', `${p}/reference-pain`, { referenceMorningPain: 3 });
  const programme = await call('PUT', `${p}/programme`, {
    exercises: [{ name: 'Walking', unit: 'minutes', baseline: [10, 12, 11] }],
  });
  const cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  // Start far enough back that each benchmark session can take its own day.
  await fetch(`${base}${p}/programme/start`, {
    method: 'POST',
    headers: {
      cookie,
      'x-csrf-token': csrf,
      'idempotency-key': randomUUID(),
      'content-type': 'application/json',
    },
    body: JSON.stringify({ startDate: START }),
  }).then(async (res) => {
    if (res.status !== 200) throw new Error(`start: ${res.status} ${await res.text()}`);
  });
  return {
    id: me.id,
    walk: programme.exercises[0].id,
    headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' },
    next: 0,
  };
}

function sessionBody(person: Person) {
  const day = Math.min(person.next++, DAYS);
  return { localDate: dateAfter(START, day), exerciseId: person.walk, done: 'quota', peak: 3, after: 3 };
}

async function load(
  url: string,
  pick: () => { path: string; headers: Record<string, string>; body: string },
): Promise<Result> {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [{ method: 'POST', setupRequest: (request) => ({ ...request, method: 'POST', ...pick() }) }],
  });
}

function line(label: string, r: Result): string {
  return `${label}: p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ${r.requests.average.toFixed(1)} req/s (${r['2xx']} ok, ${r.non2xx} non-2xx, ${r.errors} errors)`;
}

async function main(): Promise<void> {
  const scratch = await scratchDatabase(ADMIN_URL, 'steadily_bench');
  const database = await openDatabase({ url: scratch.url }, 20);
  const pool = new pg.Pool({ connectionString: scratch.url, max: 20 });
  try {
    await migrateToLatest(database.db);
    // Onboarding happens on the programme's first day; the load runs today.
    let offsetMs = -DAYS * 86_400_000;
    const clock = { now: () => new Date(Date.now() + offsetMs) };
    const app = await buildApp({
      database,
      engine: coreEngine,
      clock,
      webDist: '',
      web: { signUpRateLimit: { max: 1000, timeWindow: 60_000 } },
    });
    const jobs = await startJobs(database, app.ctx, { log: () => {} });
    app.ctx.jobs = jobs.queue;
    const apiUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    const people: Person[] = [];
    for (let i = 0; i < PATIENTS; i++) people.push(await onboard(apiUrl, i));
    offsetMs = 0;
    let turn = 0;
    const api = await load(apiUrl, () => {
      const person = people[turn++ % people.length] as Person;
      const headers = { ...person.headers, 'idempotency-key': randomUUID() };
      return {
        path: `/api/patients/${person.id}/sessions`,
        headers,
        body: JSON.stringify(sessionBody(person)),
      };
    });

    // The same event row, inserted by a bare handler with nothing else around it.
    const programmes = await pool.query<{ id: string; patient_id: string }>(
      "select id, patient_id from programme where status = 'active'",
    );
    const bare = createServer((req, res) => {
      let raw = '';
      req.on('data', (chunk) => (raw += chunk));
      req.on('end', () => {
        const body = JSON.parse(raw);
        const row = programmes.rows[turn++ % programmes.rows.length] as { id: string; patient_id: string };
        pool
          .query(
            'insert into engine_event (id, patient_id, programme_id, local_date, day, type, rank, exercise_id, payload, created_by) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
            [
              randomUUID(),
              row.patient_id,
              row.id,
              body.localDate,
              1,
              'session',
              7,
              body.exerciseId,
              JSON.stringify(body),
              row.patient_id,
            ],
          )
          .then(() => res.writeHead(201, { 'content-type': 'application/json' }).end('{}'))
          .catch((error: Error) => res.writeHead(500).end(error.message));
      });
    });
    await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
    const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
    const walk = people[0]?.walk as string;
    const baseline = await load(bareUrl, () => ({
      path: '/',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ localDate: START, exerciseId: walk, done: 'quota', peak: 3, after: 3 }),
    }));
    bare.close();
    await app.close();
    await jobs.stop();

    process.stdout.write(`PostgreSQL, ${CONNECTIONS} connections, ${SECONDS} s each, ${PATIENTS} people\n`);
    process.stdout.write(`${line('log a session (Steadily API)', api)}\n`);
    process.stdout.write(`${line('bare pg insert of the same row', baseline)}\n`);
    process.stdout.write(
      `throughput ratio (API / bare insert): ${(api.requests.average / baseline.requests.average).toFixed(3)}\n`,
    );
  } finally {
    await pool.end();
    await database.close();
    // Let every pool's idle connections close before the scratch database is dropped.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await scratch.drop();
  }
}

await main();
