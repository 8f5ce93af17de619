// Backup and restore of a whole Steadily database, PGlite or PostgreSQL alike (the file format is in
// backup-file.ts). A backup reads every table of the schema from one snapshot, in foreign-key order.
// A restore checks the whole file first, goes only into an empty database (or, with `force`, empties
// it), runs migrations to the file's schema, loads every row, then migrates to the newest schema — all
// in one transaction, so a failed restore leaves the target as it was. pg-boss's schema is not in the file: its jobs come back from the rows
// (job-schedules.ts), so a restored server starts with its reminders and day-ends in place.
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import {
  type CatalogTable,
  countRows,
  countRowsBeyondSeed,
  deleteAllRows,
  dropJobSchema,
  insertRowTexts,
  listCatalogTables,
  listExecutedMigrations,
  readRowTexts,
  resetIdentityColumns,
  useUtc,
} from '../db/repositories/backup-tables.ts';
import type { Executor } from '../db/repositories/executor.ts';
import type { DB } from '../db/schema.ts';
import { knownMigrations, migrateTo } from '../db/schema-version.ts';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BackupFileError,
  type BackupHeader,
  type BackupLine,
  openBackup,
  writeBackupLines,
} from './backup-file.ts';

/** The database cannot take this restore as it is (the CLI exits 1). */
export class RestoreRefusedError extends Error {
  override name = 'RestoreRefusedError';
}

export interface TableCount {
  table: string;
  rows: number;
}

export interface BackupSummary {
  schemaVersion: string;
  tables: TableCount[];
  rows: number;
}

export interface RestoreSummary extends BackupSummary {
  /** The schema the database has now (the newest this build knows). */
  migratedTo: string;
}

/** A table after every table it refers to; otherwise by name, so the same schema gives the same file. */
function inReferenceOrder(tables: CatalogTable[]): CatalogTable[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const placed = new Set<string>();
  const ordered: CatalogTable[] = [];
  const visit = (table: CatalogTable, path: string[]) => {
    if (placed.has(table.name)) return;
    if (path.includes(table.name))
      throw new Error(`foreign keys form a cycle: ${[...path, table.name].join(' → ')}`);
    for (const name of [...table.references].sort()) {
      const target = byName.get(name);
      if (target !== undefined) visit(target, [...path, table.name]);
    }
    placed.add(table.name);
    ordered.push(table);
  };
  for (const table of [...tables].sort((a, b) => a.name.localeCompare(b.name))) visit(table, []);
  return ordered;
}

async function schemaVersionOf(db: Executor): Promise<string> {
  const executed = await listExecutedMigrations(db);
  const known = await knownMigrations();
  const version = executed.at(-1);
  if (version === undefined)
    throw new RestoreRefusedError('the database has no schema yet: nothing to back up');
  if (!known.includes(version))
    throw new RestoreRefusedError(
      `the database has schema ${version}, newer than this Steadily knows (${known.at(-1)}): use a newer Steadily`,
    );
  return version;
}

export async function writeBackup(database: Database, path: string, now: Date): Promise<BackupSummary> {
  const out = await writeBackupLines(path);
  try {
    const summary = await database.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (db) => {
        await useUtc(db);
        const schemaVersion = await schemaVersionOf(db);
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          formatVersion: BACKUP_FORMAT_VERSION,
          schemaVersion,
          createdAt: now.toISOString(),
          database: database.kind,
        };
        await out.line(JSON.stringify(header));
        const tables: TableCount[] = [];
        for (const table of inReferenceOrder(await listCatalogTables(db))) {
          const rows = await countRows(db, table.name);
          await out.line(JSON.stringify({ $table: table.name, rows }));
          await readRowTexts(db, table, async (batch) => {
            for (const row of batch) await out.line(row);
          });
          tables.push({ table: table.name, rows });
        }
        const total = tables.reduce((sum, t) => sum + t.rows, 0);
        await out.line(JSON.stringify({ $end: { tables: tables.length, rows: total } }));
        return { schemaVersion, tables, rows: total };
      });
    await out.finish();
    return summary;
  } catch (error) {
    await out.abort();
    throw error;
  }
}

/** The file's header, checked against the migrations this build knows. */
async function checkedHeader(path: string, header: BackupHeader): Promise<void> {
  if (header.formatVersion > BACKUP_FORMAT_VERSION)
    throw new BackupFileError(
      `${path}: made by a newer Steadily (backup format ${header.formatVersion}; this one reads ${BACKUP_FORMAT_VERSION}): upgrade Steadily, then restore`,
    );
  const known = await knownMigrations();
  const latest = known.at(-1) as string;
  if (known.includes(header.schemaVersion)) return;
  if (header.schemaVersion > latest)
    throw new BackupFileError(
      `${path}: made with a newer schema (${header.schemaVersion}) than this Steadily knows (${latest}): upgrade Steadily, then restore`,
    );
  throw new BackupFileError(`${path}: schema ${header.schemaVersion} is not one this Steadily knows`);
}

/** Tables holding rows beyond what a fresh schema seeds, with their counts. */
async function heldRows(db: Executor): Promise<TableCount[]> {
  const held: TableCount[] = [];
  for (const table of await listCatalogTables(db)) {
    const rows = await countRowsBeyondSeed(db, table.name);
    if (rows > 0) held.push({ table: table.name, rows });
  }
  return held;
}

async function prepareDatabase(db: Kysely<DB>, force: boolean): Promise<void> {
  const executed = await listExecutedMigrations(db);
  const known = new Set(await knownMigrations());
  const newer = executed.filter((name) => !known.has(name));
  if (newer.length > 0)
    throw new RestoreRefusedError(
      `the database has schema ${newer.at(-1)}, newer than this Steadily knows: restore with a newer Steadily`,
    );
  if (executed.length === 0) return;
  const held = await heldRows(db);
  if (held.length === 0) return;
  if (!force) {
    const what = held
      .slice(0, 3)
      .map((t) => `${t.rows} ${t.table}`)
      .join(', ');
    throw new RestoreRefusedError(
      `the database is not empty (${what}${held.length > 3 ? ', …' : ''}): restore into an empty database, or add --force to replace everything in it`,
    );
  }
  await migrateTo(db, null);
  await dropJobSchema(db);
}

async function loadRows(
  db: Executor,
  path: string,
  lines: AsyncGenerator<BackupLine>,
): Promise<TableCount[]> {
  const tables = inReferenceOrder(await listCatalogTables(db));
  // What a fresh schema seeds (built-in exercises) gives way to the file's rows.
  for (const table of [...tables].reverse())
    if ((await countRows(db, table.name)) > 0) await deleteAllRows(db, table.name);
  const names = new Set(tables.map((t) => t.name));
  const counts: TableCount[] = [];
  let current: TableCount | null = null;
  let batch: string[] = [];
  let batchBytes = 0;
  const flush = async () => {
    if (current === null || batch.length === 0) return;
    try {
      await insertRowTexts(db, current.table, batch);
    } catch (error) {
      throw new BackupFileError(
        `${path}: rows of table ${current.table} do not fit (${(error as Error).message})`,
      );
    }
    batch = [];
    batchBytes = 0;
  };
  for await (const line of lines) {
    if (line.kind === 'row') {
      batch.push(line.text);
      batchBytes += line.text.length;
      if (current !== null) current.rows += 1;
      if (batch.length >= 500 || batchBytes > 4_000_000) await flush();
      continue;
    }
    await flush();
    if (line.kind === 'end') break;
    if (!names.has(line.table))
      throw new BackupFileError(`${path}: table ${line.table} is not in this schema`);
    current = { table: line.table, rows: 0 };
    counts.push(current);
  }
  await resetIdentityColumns(db);
  return counts;
}

/**
 * Reads a backup through once, checking its header against this build and every line (a damaged or
 * cut-off file is found here, before any database is touched). Returns the header.
 */
export async function checkBackup(path: string): Promise<BackupHeader> {
  const { header, lines } = await openBackup(path);
  await checkedHeader(path, header);
  for await (const _line of lines) {
    // openBackup's checks run as the lines go by
  }
  return header;
}

export async function restoreBackup(
  database: Database,
  path: string,
  options: { force: boolean; checked?: boolean },
): Promise<RestoreSummary> {
  if (options.checked !== true) await checkBackup(path);
  const { header, lines } = await openBackup(path);
  try {
    const latest = (await knownMigrations()).at(-1) as string;
    // One transaction from the first drop to the last migration: a row that does not fit (or any other
    // failure) rolls everything back, so the target is exactly as it was — its data, or no schema at all.
    const tables = await database.db.transaction().execute(async (db) => {
      await prepareDatabase(db, options.force);
      await migrateTo(db, header.schemaVersion);
      const tables = await loadRows(db, path, lines);
      await migrateTo(db, latest);
      return tables;
    });
    return {
      schemaVersion: header.schemaVersion,
      migratedTo: latest,
      tables,
      rows: tables.reduce((sum, t) => sum + t.rows, 0),
    };
  } finally {
    await lines.return(undefined);
  }
}
