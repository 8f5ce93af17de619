// The caseload at scale: 10,000 synthetic patients with a year of history each (events, decisions,
// notices, engine state) loaded into a PostgreSQL database of its own (created here, dropped at the
// end), then the risk-sorted first page of GET /api/caseload for a clinician with a large caseload,
// timed over many requests (server time, through the whole app), and the EXPLAIN (ANALYZE) of the
// caseload query and of the per-person refresh that every write runs: neither may scan events.
//
// Loading: a few hundred year-long lives run through the engine (population-data.ts) go in with
// multi-row INSERTs; each patient's copy is then made inside PostgreSQL by INSERT … SELECT joins
// (no row crosses the wire twice), with the secondary indexes dropped for the load and rebuilt after.
// Engine checkpoints are not loaded: the caseload never reads them.
// Run: npm run bench:population (BENCH_DATABASE_URL, else TEST_DATABASE_URL, else
// postgres://postgres@127.0.0.1:5432/test; BENCH_PATIENTS, BENCH_CASELOAD, BENCH_REQUESTS; BENCH_KEEP=1
// keeps the database to look at, and prints its URL).
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { buildApp, coreEngine, migrateToLatest, openDatabase } from '@steadily/server';
import pg from 'pg';
import { caseloadQuery, refreshCaseloadFactsQuery } from '../packages/server/src/db/repositories/caseload.ts';
import { TestClient } from '../packages/server/src/test/client.ts';
import { buildTemplate, HISTORY_DAYS } from './population-data.ts';
import { CLONES, STAGING, templateRows } from './population-staging.ts';
import { dropConstraints, dropSecondaryIndexes, insertRows } from './support/bulk-load.ts';
import { scratchDatabase } from './support/scratch-database.ts';

const ADMIN_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test';
const PATIENTS = Number(process.env.BENCH_PATIENTS ?? 10_000);
const CASELOAD = Math.min(PATIENTS, Number(process.env.BENCH_CASELOAD ?? 2_000));
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const TEMPLATES = 120;
const OTHER_CLINICIANS = 9;
const PASSWORD = 'bench password 123';

const today = new Date().toISOString().slice(0, 10);
const addDays = (date: string, days: number) =>
  new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

const FIRST = [
  'Ana',
  'Ben',
  'Cruz',
  'Dana',
  'Eli',
  'Fer',
  'Gus',
  'Hana',
  'Ines',
  'Jon',
  'Kai',
  'Lua',
  'Mo',
  'Nia',
];
const LAST = ['Vega', 'Ruiz', 'Stone', 'Okafor', 'Kim', 'Silva', 'Moreau', 'Haddad', 'Novak', 'Berg'];
const ZONES = ['Europe/Madrid', 'Europe/London', 'America/New_York', 'UTC'];

function patientRows(bigId: string, others: string[]): unknown[][] {
  return Array.from({ length: PATIENTS }, (_, n) => [
    n,
    n % TEMPLATES,
    randomUUID(),
    randomUUID(),
    randomUUID(),
    randomUUID(),
    n < CASELOAD ? bigId : others[n % others.length],
    // The history ends today or up to 2 days ago (not everyone has logged yet today).
    addDays(today, -(HISTORY_DAYS - 1) - (n % 3)),
    `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]} ${n}`,
    `patient-${n}@bench.test`,
    ZONES[n % ZONES.length],
    n % 50 !== 7, // one in fifty has no programme yet
  ]);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function timeRequests(client: TestClient, url: string, count: number): Promise<string> {
  for (let i = 0; i < 10; i++) await client.get(url);
  const times: number[] = [];
  let status = 0;
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const res = await client.get(url);
    times.push(performance.now() - t0);
    status = res.status;
  }
  times.sort((a, b) => a - b);
  const f = (ms: number) => `${ms.toFixed(1)} ms`;
  return `p50 ${f(percentile(times, 50))}, p95 ${f(percentile(times, 95))}, p99 ${f(percentile(times, 99))}, max ${f(times.at(-1) ?? 0)} (${count} requests, HTTP ${status})`;
}

async function main(): Promise<void> {
  const started = performance.now();
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const scratch = await scratchDatabase(ADMIN_URL, 'steadily_population');
  // Interrupted: still drop the database (it can hold gigabytes).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void scratch.drop().finally(() => process.exit(130)));
  }
  const database = await openDatabase({ url: scratch.url }, 4);
  const pool = new pg.Pool({ connectionString: scratch.url, max: 3 });
  try {
    await migrateToLatest(database.db);
    const app = await buildApp({ database, engine: coreEngine, webDist: '/nonexistent', logger: false });
    await app.ready();
    const clinician = new TestClient(app);
    const signUp = await clinician.post('/api/auth/sign-up', {
      email: 'dr-large@bench.test',
      password: PASSWORD,
      displayName: 'Dr Large',
      timeZone: 'Europe/Madrid',
      role: 'clinician',
    });
    if (signUp.status !== 201) throw new Error(`sign-up: ${signUp.status} ${JSON.stringify(signUp.body)}`);
    const bigId = signUp.body.id as string;

    const templates = Array.from({ length: TEMPLATES }, (_, i) => buildTemplate(i));
    say(`${TEMPLATES} year-long lives through the engine (${seconds()})`);
    await pool.query(STAGING);
    const staged = templateRows(templates);
    await insertRows(
      pool,
      'bench_template',
      [
        ['template', 'int'],
        ['reference', 'float8'],
        ['profile', 'text'],
        ['snapshot', 'text'],
        ['view', 'text'],
        ['mode', 'text'],
        ['flags', 'jsonb'],
        ['risk_rank', 'int'],
        ['last_day', 'int'],
        ['ex0_name', 'text'],
        ['ex0_unit', 'text'],
        ['ex0_step', 'float8'],
        ['ex0_max', 'float8'],
        ['ex0_per_week', 'int'],
        ['ex1_name', 'text'],
        ['ex1_unit', 'text'],
        ['ex1_step', 'float8'],
        ['ex1_max', 'float8'],
        ['ex1_per_week', 'int'],
      ],
      staged.template,
    );
    await insertRows(
      pool,
      'bench_event',
      [
        ['template', 'int'],
        ['idx', 'int'],
        ['day', 'int'],
        ['type', 'text'],
        ['rank', 'int'],
        ['exercise', 'text'],
        ['payload', 'jsonb'],
      ],
      staged.event,
    );
    await insertRows(
      pool,
      'bench_decision',
      [
        ['template', 'int'],
        ['event_index', 'int'],
        ['day', 'int'],
        ['exercise', 'text'],
        ['zone', 'text'],
        ['action', 'text'],
        ['quota', 'float8'],
        ['previous_quota', 'float8'],
        ['reason', 'text'],
        ['reason_code', 'text'],
        ['reason_params', 'jsonb'],
        ['inputs', 'jsonb'],
        ['position', 'int'],
        ['event_rank', 'int'],
      ],
      staged.decision,
    );
    await insertRows(
      pool,
      'bench_notice',
      [
        ['template', 'int'],
        ['event_index', 'int'],
        ['day', 'int'],
        ['kind', 'text'],
        ['payload', 'text'],
        ['alert_key', 'text'],
        ['position', 'int'],
      ],
      staged.notice,
    );
    const others = Array.from({ length: OTHER_CLINICIANS }, () => randomUUID());
    await insertRows(
      pool,
      'account',
      [
        ['id', 'uuid'],
        ['email', 'text'],
        ['password_hash', 'text'],
        ['display_name', 'text'],
        ['role', 'text'],
        ['time_zone', 'text'],
      ],
      others.map((id, i) => [id, `dr-${i}@bench.test`, 'not-a-login', `Dr Other ${i}`, 'clinician', 'UTC']),
    );
    await insertRows(
      pool,
      'bench_patient',
      [
        ['n', 'int'],
        ['template', 'int'],
        ['patient_id', 'uuid'],
        ['programme_id', 'uuid'],
        ['ex0', 'uuid'],
        ['ex1', 'uuid'],
        ['clinician_id', 'uuid'],
        ['start_date', 'date'],
        ['name', 'text'],
        ['email', 'text'],
        ['zone', 'text'],
        ['started', 'bool'],
      ],
      patientRows(bigId, others),
    );
    await pool.query('analyze');
    say(`templates and ${PATIENTS} patients staged (${seconds()})`);

    const constraints = await dropConstraints(pool);
    const indexes = await dropSecondaryIndexes(pool);
    const run = async (table: string) => {
      const client = await pool.connect();
      try {
        await client.query('set synchronous_commit = off');
        const t0 = performance.now();
        const result = await client.query(CLONES[table] as string);
        say(
          `  ${table}: ${(result.rowCount ?? 0).toLocaleString('en')} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
        );
      } finally {
        client.release();
      }
    };
    for (const table of [
      'account',
      'patient',
      'care_link',
      'programme',
      'programme_exercise',
      'engine_state',
    ])
      await run(table);
    // The two big tables at once: one core each.
    await Promise.all([
      run('engine_event'),
      (async () => {
        await run('decision');
        await run('notice');
        await run('alert_ack');
      })(),
    ]);
    await pool.query('drop table bench_event, bench_decision, bench_notice, bench_template, bench_patient');
    say(`loaded (${seconds()}); adding ${constraints.length} keys and ${indexes.length} indexes again`);
    const build = await pool.connect();
    await build.query(`set maintenance_work_mem = '512MB'`);
    for (const def of [...constraints, ...indexes]) await build.query(def);
    build.release();
    await pool.query(`select setval(pg_get_serial_sequence('engine_event', 'seq'), ${PATIENTS * 10_000})`);
    // What the server keeps per person for the caseload (refreshed by every write): here for everyone.
    const facts = refreshCaseloadFactsQuery(null, new Date()).compile(database.db);
    const t0 = performance.now();
    await pool.query(facts.sql, facts.parameters as unknown[]);
    say(`caseload facts for ${PATIENTS} patients in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await pool.query('vacuum analyze');
    const size = await pool.query<{ size: string }>(
      'select pg_size_pretty(pg_database_size(current_database())) as size',
    );
    say(`keys and indexes built, vacuum analyze done (${seconds()}); database ${size.rows[0]?.size}\n`);

    const signIn = await clinician.post('/api/auth/sign-in', {
      email: 'dr-large@bench.test',
      password: PASSWORD,
    });
    if (signIn.status !== 200) throw new Error(`sign-in: ${signIn.status}`);
    const first = await clinician.get('/api/caseload?limit=50');
    const tiers = (first.body.patients as { tier: string }[]).map((p) => p.tier);
    say(
      `first page: ${tiers.length} of ${first.body.total} patients; most urgent tier of each, counted: ${JSON.stringify(first.body.counts)}`,
    );
    say(`first page in order: ${tiers.slice(0, 8).join(', ')}, … ${tiers.slice(-3).join(', ')}\n`);
    say(
      `GET /api/caseload?limit=50, caseload of ${CASELOAD}: ${await timeRequests(clinician, '/api/caseload?limit=50', REQUESTS)}`,
    );
    say(
      `  &filter=attention: ${await timeRequests(clinician, '/api/caseload?limit=50&filter=attention', Math.ceil(REQUESTS / 3))}`,
    );
    say(
      `  &q=vega: ${await timeRequests(clinician, '/api/caseload?limit=50&q=vega', Math.ceil(REQUESTS / 3))}`,
    );
    // Timings on a shared machine mean little without its load (2 cores: a load of 2 keeps both busy).
    say(
      `  load average while timing: ${loadavg()
        .map((n) => n.toFixed(1))
        .join(', ')}\n`,
    );

    const explain = async (label: string, query: { sql: string; parameters: readonly unknown[] }) => {
      const plan = await pool.query<{ 'QUERY PLAN': string }>(
        `explain (analyze, buffers) ${query.sql}`,
        query.parameters as unknown[],
      );
      const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
      say(`EXPLAIN (ANALYZE, BUFFERS) of ${label}:\n${text}\n`);
      return text;
    };
    const listing = await explain(
      `the caseload query (a caseload of ${CASELOAD})`,
      caseloadQuery({ clinicianId: bigId, now: new Date() }).compile(database.db),
    );
    const someone = (await pool.query<{ id: string }>('select patient_id as id from care_link limit 1'))
      .rows[0]?.id;
    const refresh = await explain(
      "the refresh of one person's facts (run by each write to their record)",
      refreshCaseloadFactsQuery([someone as string], new Date()).compile(database.db),
    );
    const sequential = `${listing}\n${refresh}`.match(/Seq Scan on (engine_event|decision|notice)\b/g) ?? [];
    say(
      sequential.length === 0
        ? 'OK: no sequential scan of events, decisions or notices (the list reads none; the refresh uses indexes).'
        : `FAIL: sequential scan of ${sequential.join(', ')}`,
    );
    if (sequential.length > 0) process.exitCode = 1;
    await app.close();
  } finally {
    await pool.end();
    await database.close();
    if (process.env.BENCH_KEEP === '1') say(`kept the bench database: ${scratch.url}`);
    else {
      await scratch.drop();
      say(`dropped the bench database (${seconds()} in all)`);
    }
  }
}

await main();
