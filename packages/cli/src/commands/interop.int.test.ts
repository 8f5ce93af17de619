// `steadily export --fhir`, `backup` and `restore` as separate processes, on PGlite data directories and
// on PostgreSQL (DATABASE_URL): exit codes, one-line errors, a FHIR export both validators accept with
// zero errors, and a backup whose every row comes back.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { openDatabase } from '@steadily/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isError, validateWithBoth } from '../../../server/src/interop/fhir/testing/validators.ts';
import { createScratchPostgres, databaseKinds } from '../../../server/src/test/databases.ts';
import { dumpTables } from '../../../server/src/test/table-dump.ts';

const bin = join(import.meta.dirname, '../../bin/steadily.js');

/** As much of a FHIR Bundle as these tests read (the validators take it as a Resource). */
interface Bundle {
  resourceType: 'Bundle';
  type: string;
  entry?: { fullUrl?: string; resource?: { resourceType: string } }[];
}
const validated = (bundle: Bundle) => validateWithBoth(bundle as Parameters<typeof validateWithBoth>[0]);

interface Place {
  /** CLI arguments naming the database (PGlite) … */
  args: string[];
  /** … or the environment that names it (PostgreSQL). */
  env: Record<string, string>;
  open(): ReturnType<typeof openDatabase>;
}

async function steadily(place: Place | null, ...args: string[]) {
  const env = { ...process.env, DATABASE_URL: '', ...place?.env };
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [bin, ...args, ...(place?.args ?? [])],
      {
        env,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const oneLineError = (out: { stdout: string; stderr: string }) => {
  expect(out.stdout).toBe('');
  expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(out.stderr).not.toMatch(/\bat .*:\d+:\d+/); // no stack trace
};

let dir: string;
const drops: (() => Promise<void>)[] = [];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'steadily-cli-interop-'));
});
afterAll(async () => {
  for (const drop of drops) await drop();
});

async function newPlace(kind: 'pglite' | 'postgres', name: string): Promise<Place> {
  if (kind === 'pglite') {
    const dataDir = join(dir, name);
    return { args: ['--data-dir', dataDir], env: {}, open: () => openDatabase({ dataDir }) };
  }
  const scratch = await createScratchPostgres();
  drops.push(scratch.drop);
  return { args: [], env: { DATABASE_URL: scratch.url }, open: () => openDatabase({ url: scratch.url }) };
}

async function dumpOf(place: Place) {
  const database = await place.open();
  try {
    return await dumpTables(database.db);
  } finally {
    await database.close();
  }
}

for (const kind of databaseKinds()) {
  describe(`steadily export, backup and restore [${kind}]`, () => {
    let source: Place;
    let patientId: string;
    beforeAll(async () => {
      source = await newPlace(kind, 'source');
      const seeded = await steadily(source, 'seed-demo');
      expect(seeded.code, seeded.stderr).toBe(0);
      const dump = await dumpOf(source);
      patientId = JSON.parse(dump.patient?.[0] as string).id;
    });

    it('exports every patient as one collection Bundle that both validators accept with zero errors', async () => {
      const out = join(dir, `${kind}-all.json`);
      const result = await steadily(source, 'export', '--fhir', '--out', out);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^Exported 2 patients \(\d+ entries\) as one FHIR R4 collection Bundle/);
      const bundle = JSON.parse(readFileSync(out, 'utf8')) as Bundle;
      expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
      const findings = validated(bundle);
      const errors = findings.filter(isError);
      process.stdout.write(
        `[${kind}] export --fhir: ${bundle.entry?.length} entries, ${findings.length} findings, ${errors.length} errors\n`,
      );
      expect(errors).toEqual([]);
      const types = (bundle.entry ?? []).map((e) => e.resource?.resourceType);
      expect(types.filter((t) => t === 'Patient')).toHaveLength(2);
      expect(types.filter((t) => t === 'Device')).toHaveLength(1);
      const urls = (bundle.entry ?? []).map((e) => e.fullUrl);
      expect(new Set(urls).size).toBe(urls.length);
      // No --base-url and no STEADILY_PUBLIC_URL: the server's default address, and a note saying so.
      expect(urls[0]).toMatch(/^http:\/\/localhost:3000\/fhir\//);
      expect(result.stderr).toContain('No --base-url or STEADILY_PUBLIC_URL');
    });

    it('hangs the entries and identifier systems off STEADILY_PUBLIC_URL, the server’s setting', async () => {
      const out = join(dir, `${kind}-public.json`);
      const place = {
        ...source,
        env: { ...source.env, STEADILY_PUBLIC_URL: 'https://steadily.clinic.example/' },
      };
      const result = await steadily(place, 'export', '--fhir', '--patient', patientId, '--out', out);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toBe('');
      const bundle = JSON.parse(readFileSync(out, 'utf8')) as Bundle;
      expect(bundle.entry?.[0]?.fullUrl).toMatch(/^https:\/\/steadily\.clinic\.example\/fhir\/Patient\//);
      expect(JSON.stringify(bundle)).toContain('"system":"https://steadily.clinic.example/fhir/sid/patient"');
      expect(JSON.stringify(bundle)).not.toMatch(/steadily\.(example\.org|invalid)/);
      const bad = await steadily(
        { ...source, env: { ...source.env, STEADILY_PUBLIC_URL: 'ftp://x' } },
        'export',
        '--fhir',
        '--out',
        out,
      );
      expect(bad.code).toBe(2);
      expect(bad.stderr).toContain('STEADILY_PUBLIC_URL must be an http(s) URL');
    });

    it('exports one patient with --patient, and says so when there is no such patient', async () => {
      const out = join(dir, `${kind}-one.json`);
      const result = await steadily(source, 'export', '--fhir', '--patient', patientId, '--out', out);
      expect(result.code, result.stderr).toBe(0);
      const bundle = JSON.parse(readFileSync(out, 'utf8')) as Bundle;
      expect(bundle.entry?.filter((e) => e.resource?.resourceType === 'Patient')).toHaveLength(1);
      expect(validated(bundle).filter(isError)).toEqual([]);
      const missing = await steadily(
        source,
        'export',
        '--fhir',
        '--patient',
        '00000000-0000-4000-8000-000000000000',
        '--out',
        join(dir, 'none.json'),
      );
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/no patient with id 00000000-0000-4000-8000-000000000000/);
      oneLineError(missing);
    });

    it('backs up and restores every row into an empty database, and refuses to restore over data', async () => {
      const file = join(dir, `${kind}.jsonl.gz`);
      const backup = await steadily(source, 'backup', file);
      expect(backup.code, backup.stderr).toBe(0);
      expect(backup.stdout).toMatch(/^Backed up \d+ tables, \d+ rows \(schema \d{4}-[a-z-]+\) to /);
      const target = await newPlace(kind, 'target');
      const restore = await steadily(target, 'restore', file);
      expect(restore.code, restore.stderr).toBe(0);
      expect(restore.stdout).toMatch(
        /^Restored \d+ tables, \d+ rows from .*; \d+ reminder schedules and \d+ day-ends made again/,
      );
      expect(await dumpOf(target)).toEqual(await dumpOf(source));

      const again = await steadily(target, 'restore', file);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(
        /the database is not empty \(.*\): restore into an empty database, or add --force/,
      );
      oneLineError(again);
      const forced = await steadily(target, 'restore', file, '--force');
      expect(forced.code, forced.stderr).toBe(0);
      expect(await dumpOf(target)).toEqual(await dumpOf(source));
    });

    it('refuses a backup from a newer schema with one line, exit 2', async () => {
      const file = join(dir, `${kind}.jsonl.gz`);
      const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
      const header = { ...JSON.parse(lines[0] as string), schemaVersion: '9999-from-the-future' };
      const newer = join(dir, `${kind}-newer.jsonl.gz`);
      writeFileSync(newer, gzipSync([JSON.stringify(header), ...lines.slice(1)].join('\n')));
      const result = await steadily(await newPlace(kind, 'never'), 'restore', newer);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /made with a newer schema \(9999-from-the-future\) than this Steadily knows \(\d{4}-[a-z-]+\): upgrade Steadily, then restore/,
      );
      oneLineError(result);
    });
  });
}

describe.runIf(databaseKinds().length === 2)('a backup moving between PGlite and PostgreSQL', () => {
  it('restores a PGlite backup into PostgreSQL with every row', async () => {
    const source = await newPlace('pglite', 'cross-source');
    expect((await steadily(source, 'seed-demo')).code).toBe(0);
    const file = join(dir, 'cross.jsonl.gz');
    expect((await steadily(source, 'backup', file)).code).toBe(0);
    const target = await newPlace('postgres', 'cross-target');
    const restored = await steadily(target, 'restore', file);
    expect(restored.code, restored.stderr).toBe(0);
    expect(await dumpOf(target)).toEqual(await dumpOf(source));
  });
});

describe('steadily backup, restore and export with bad arguments', () => {
  it.each([
    [['backup'], 'FILE is missing'],
    [['backup', 'a', 'b'], 'unexpected argument "b"'],
    [['backup', 'x.gz', '--data-dir', '/nonexistent/steadily'], 'no database in /nonexistent/steadily'],
    [['restore'], 'FILE is missing'],
    [['restore', '/nonexistent/backup.gz'], '/nonexistent/backup.gz: cannot read the file (ENOENT)'],
    [['restore', 'x.gz', '--forse'], "Unknown option '--forse'"],
    [['export', '--out', 'x.json'], 'say what to export: --fhir'],
    [['export', '--fhir'], '--out FILE is missing'],
    [
      ['export', '--fhir', '--out', 'x.json', '--patient', '12'],
      '--patient must be a patient\'s id (a UUID), not "12"',
    ],
    [['export', '--fhir', '--out', 'x.json', '--base-url', 'ftp://x'], '--base-url must be an http(s) URL'],
  ])('steadily %j exits 2 with one line: %s', async (args, message) => {
    const result = await steadily(null, ...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    oneLineError(result);
  });

  it('exits 2 for a file that is not a backup', async () => {
    const file = join(dir, 'not-a-backup.json');
    writeFileSync(file, '{"resourceType":"Bundle"}\n');
    const result = await steadily(null, 'restore', file, '--data-dir', join(dir, 'unused'));
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `steadily restore: ${file}: not a Steadily backup (its first line is not a backup header)\n`,
    );
  });
});
