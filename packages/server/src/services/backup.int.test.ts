import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Database, type DatabaseKind, openDatabase } from '../db/database.ts';
import { listExecutedMigrations } from '../db/repositories/backup-tables.ts';
import { knownMigrations, migrateTo } from '../db/schema-version.ts';
import { buildFixture, type Fixture } from '../test/authz-fixture.ts';
import { createScratchPostgres, describeEachDatabase, openTestDatabase } from '../test/databases.ts';
import { demoTeam } from '../test/demo-team.ts';
import { buildTestApp } from '../test/harness.ts';
import { write } from '../test/journey.ts';
import { cloneOf } from '../test/route-table.ts';
import { dumpTables } from '../test/table-dump.ts';
import { RestoreRefusedError, restoreBackup, writeBackup } from './backup.ts';
import { BackupFileError } from './backup-file.ts';
import type { ManualClock } from './manual-clock.ts';
import { ensureVapidKeys } from './push.ts';

const NOW = new Date('2026-03-02T12:00:00Z');

/** A database of this kind with no schema at all (not even migrations). */
async function bareDatabase(kind: DatabaseKind): Promise<{ database: Database; dispose(): Promise<void> }> {
  if (kind === 'pglite') {
    const database = await openDatabase({ memory: true });
    return { database, dispose: () => database.close() };
  }
  const scratch = await createScratchPostgres();
  const database = await openDatabase({ url: scratch.url });
  return {
    database,
    dispose: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}

describeEachDatabase('backup and restore', (db) => {
  let app: FastifyInstance;
  let clock: ManualClock;
  let fixture: Fixture;
  let dir: string;
  let file: string;
  const disposers: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'steadily-backup-'));
    file = join(dir, 'backup.jsonl.gz');
    ({ app, clock } = await buildTestApp(db().database));
    fixture = await buildFixture(app, clock);
    // Every table gets rows: the matrix's cast, the demo's eight weeks, and the rest by hand.
    const { clients, patientId } = fixture;
    const base = `/api/patients/${patientId}`;
    await write(clients.clinician, 'POST', `${base}/alerts/acknowledge`, { alertKey: fixture.alertKey });
    await write(clients.patient, 'PUT', `${base}/reminders`, { times: ['08:00', '18:30'] });
    await write(clients.patient, 'POST', `${base}/calendar-link`);
    await write(clients.patient, 'POST', '/api/push/subscriptions', {
      endpoint: 'https://push.example.test/backup',
      keys: {
        p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
        auth: 'tBHItJI5svbpez7KI4CCXg',
      },
    });
    await write(clients.clinician, 'POST', '/api/library', {
      name: 'Pool walk',
      unit: 'minutes',
      maxQuota: 30,
      modality: 'aerobic',
      region: 'whole_body',
    });
    await ensureVapidKeys(db().database.db);
    await demoTeam(app);
  });
  afterAll(async () => {
    await app.close();
    for (const dispose of disposers) await dispose();
  });

  it('keeps every row of every table through a backup and a restore into an empty database', async () => {
    const source = await dumpTables(db().database.db);
    const empty = Object.entries(source).filter(([, rows]) => rows.length === 0);
    expect(empty.map(([table]) => table)).toEqual([]);

    const backup = await writeBackup(db().database, file, NOW);
    expect(backup.schemaVersion).toBe((await knownMigrations()).at(-1));
    expect(backup.tables.map((t) => t.table).sort()).toEqual(Object.keys(source).sort());
    for (const t of backup.tables) expect(t.rows, t.table).toBe(source[t.table]?.length);

    const target = await openTestDatabase(db().kind);
    disposers.push(target.dispose);
    const restored = await restoreBackup(target.handle.database, file, { force: false });
    expect(restored.rows).toBe(backup.rows);
    const after = await dumpTables(target.handle.database.db);
    for (const table of Object.keys(source)) expect(after[table], table).toEqual(source[table]);
    process.stdout.write(
      `[${db().kind}] round trip: ${backup.tables.length} tables, ${backup.rows} rows — ${backup.tables
        .map((t) => `${t.table} ${t.rows}`)
        .join(', ')}\n`,
    );

    // The restored server carries on: identity columns continue after the restored ids.
    const { app: restoredApp } = await buildTestApp(target.handle.database, { clock });
    try {
      const before = await sql<{ seq: number }>`select max(seq)::int as seq from engine_event`.execute(
        target.handle.database.db,
      );
      const patient = cloneOf(fixture.clients.patient, restoredApp);
      const morning = await write(patient, 'POST', `/api/patients/${fixture.patientId}/mornings`, {
        localDate: '2026-03-02',
        pain: 2,
      });
      expect(morning.status).toBe(201);
      const added = await sql<{ seq: number }>`
        select seq::int as seq from engine_event where id = ${morning.body.event.id}`.execute(
        target.handle.database.db,
      );
      expect(added.rows[0]?.seq).toBeGreaterThan(before.rows[0]?.seq ?? 0);
    } finally {
      await restoredApp.close();
    }
  });

  it('restores into a database that has no schema yet', async () => {
    const bare = await bareDatabase(db().kind);
    disposers.push(bare.dispose);
    const restored = await restoreBackup(bare.database, file, { force: false });
    expect(await dumpTables(bare.database.db)).toEqual(await dumpTables(db().database.db));
    expect(await listExecutedMigrations(bare.database.db)).toEqual(await knownMigrations());
    expect(restored.migratedTo).toBe((await knownMigrations()).at(-1));
  });

  it('refuses a database that holds data, unless forced — then it holds exactly the backup', async () => {
    const other = await openTestDatabase(db().kind);
    disposers.push(other.dispose);
    const { app: otherApp, clock: otherClock } = await buildTestApp(other.handle.database);
    await buildFixture(otherApp, otherClock);
    await otherApp.close();
    const refused = restoreBackup(other.handle.database, file, { force: false });
    await expect(refused).rejects.toThrow(RestoreRefusedError);
    await expect(refused).rejects.toThrow(
      /^the database is not empty \(\d+ account, .+\): restore into an empty database, or add --force to replace everything in it$/,
    );
    await restoreBackup(other.handle.database, file, { force: true });
    expect(await dumpTables(other.handle.database.db)).toEqual(await dumpTables(db().database.db));
  });

  it('restores a backup of an older schema, then migrates it to the newest', async () => {
    const older = await bareDatabase(db().kind);
    disposers.push(older.dispose);
    await migrateTo(older.database.db, '0003-clinician-workspace');
    const oldFile = join(dir, 'old.jsonl.gz');
    const backup = await writeBackup(older.database, oldFile, NOW);
    expect(backup.schemaVersion).toBe('0003-clinician-workspace');
    const target = await bareDatabase(db().kind);
    disposers.push(target.dispose);
    const restored = await restoreBackup(target.database, oldFile, { force: false });
    expect(restored).toMatchObject({ schemaVersion: '0003-clinician-workspace' });
    expect(await listExecutedMigrations(target.database.db)).toEqual(await knownMigrations());
  });

  it('leaves the target exactly as it was when a row does not fit — in the first, a middle or the last table', async () => {
    await writeBackup(db().database, file, NOW);
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    // The first row of each table that has rows, by table in file order.
    const firstRows: { table: string; line: number }[] = [];
    lines.forEach((line, index) => {
      if (!line.startsWith('{"$table"')) return;
      const { $table, rows } = JSON.parse(line) as { $table: string; rows: number };
      if (rows > 0) firstRows.push({ table: $table, line: index + 1 });
    });
    const picks = [firstRows[0], firstRows[Math.floor(firstRows.length / 2)], firstRows.at(-1)];
    const other = await openTestDatabase(db().kind);
    disposers.push(other.dispose);
    const { app: otherApp, clock: otherClock } = await buildTestApp(other.handle.database);
    await buildFixture(otherApp, otherClock);
    await otherApp.close();
    const held = await dumpTables(other.handle.database.db);
    const migrations = await listExecutedMigrations(other.handle.database.db);
    for (const pick of picks) {
      if (pick === undefined) throw new Error('the backup has no rows');
      const broken = join(dir, `broken-${pick.table}.jsonl.gz`);
      const damaged = [...lines];
      damaged[pick.line] = '{"id": "broken';
      writeFileSync(broken, gzipSync(damaged.join('\n')));
      const forced = restoreBackup(other.handle.database, broken, { force: true });
      await expect(forced).rejects.toThrow(BackupFileError);
      await expect(forced).rejects.toThrow(`${broken}: rows of table ${pick.table} do not fit`);
      expect(await dumpTables(other.handle.database.db), pick.table).toEqual(held);
      expect(await listExecutedMigrations(other.handle.database.db)).toEqual(migrations);
      // Into a database with no schema: no half-made schema is left behind.
      const bare = await bareDatabase(db().kind);
      disposers.push(bare.dispose);
      await expect(restoreBackup(bare.database, broken, { force: false })).rejects.toThrow(BackupFileError);
      const tables = await sql<{ name: string }>`
        select table_name as name from information_schema.tables
        where table_schema not in ('pg_catalog', 'information_schema')`.execute(bare.database.db);
      expect(
        tables.rows.map((t) => t.name),
        pick.table,
      ).toEqual([]);
    }
    expect(new Set(picks.map((p) => p?.table)).size).toBe(3);
  });

  it('refuses a file from a newer schema, and a damaged or cut-off file, changing nothing', async () => {
    const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n');
    const header = JSON.parse(lines[0] as string);
    const newer = join(dir, 'newer.jsonl.gz');
    writeFileSync(
      newer,
      gzipSync(
        [JSON.stringify({ ...header, schemaVersion: '9999-from-the-future' }), ...lines.slice(1)].join('\n'),
      ),
    );
    const latest = (await knownMigrations()).at(-1);
    await expect(restoreBackup(db().database, newer, { force: true })).rejects.toThrow(
      new BackupFileError(
        `${newer}: made with a newer schema (9999-from-the-future) than this Steadily knows (${latest}): upgrade Steadily, then restore`,
      ),
    );
    const cut = join(dir, 'cut.jsonl.gz');
    writeFileSync(cut, gzipSync(lines.slice(0, Math.floor(lines.length / 2)).join('\n')));
    const before = await dumpTables(db().database.db);
    await expect(restoreBackup(db().database, cut, { force: true })).rejects.toThrow(BackupFileError);
    const truncatedGzip = join(dir, 'truncated.gz');
    const whole = readFileSync(file);
    writeFileSync(truncatedGzip, whole.subarray(0, whole.length - 100));
    await expect(restoreBackup(db().database, truncatedGzip, { force: true })).rejects.toThrow(/damaged/);
    const notBackup = join(dir, 'not-a-backup.json');
    writeFileSync(notBackup, '{"resourceType":"Bundle"}\n');
    await expect(restoreBackup(db().database, notBackup, { force: true })).rejects.toThrow(
      `${notBackup}: not a Steadily backup (its first line is not a backup header)`,
    );
    await expect(restoreBackup(db().database, join(dir, 'missing'), { force: true })).rejects.toThrow(
      /cannot read the file \(ENOENT\)/,
    );
    expect(await dumpTables(db().database.db)).toEqual(before);
  });
});
