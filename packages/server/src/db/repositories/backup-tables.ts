// The SQL of backup and restore, generic over every table of the schema: the catalog (tables, primary
// keys, foreign keys, identity columns), rows out as PostgreSQL's own JSON of each row (to_jsonb, so
// every type round-trips exactly: timestamps to the microsecond, jsonb as it was, doubles in full) and
// rows back in through jsonb_populate_recordset, keeping the ids an identity column gave them.
import { sql } from 'kysely';
import type { Executor } from './executor.ts';

/**
 * Kysely's own bookkeeping (its rows are the schema version, which a backup names in its header) and
 * rate-limit counters, which live for a minute and mean nothing on another server.
 */
const LEFT_OUT_TABLES = new Set(['kysely_migration', 'kysely_migration_lock', 'rate_limit']);

export interface CatalogTable {
  name: string;
  primaryKey: string[];
  /** Tables this one refers to by a foreign key (itself excluded). */
  references: string[];
}

/** Every base table of the application (schema `public`), with its primary key and references. */
export async function listCatalogTables(db: Executor): Promise<CatalogTable[]> {
  const tables = await sql<{ name: string; pk: string[] | null }>`
    select c.relname as name,
           (select array_agg(a.attname::text order by k.ord)
              from pg_index i
              cross join lateral unnest(i.indkey::int2[]) with ordinality as k(attnum, ord)
              join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
             where i.indrelid = c.oid and i.indisprimary) as pk
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind = 'r'
     order by c.relname`.execute(db);
  const edges = await sql<{ source: string; target: string }>`
    select distinct s.relname as source, t.relname as target
      from pg_constraint f
      join pg_class s on s.oid = f.conrelid
      join pg_class t on t.oid = f.confrelid
      join pg_namespace n on n.oid = s.relnamespace
     where f.contype = 'f' and n.nspname = 'public' and s.oid <> t.oid`.execute(db);
  return tables.rows
    .filter((t) => !LEFT_OUT_TABLES.has(t.name))
    .map((t) => ({
      name: t.name,
      primaryKey: t.pk ?? [],
      references: edges.rows.filter((e) => e.source === t.name).map((e) => e.target),
    }));
}

export async function countRows(db: Executor, table: string): Promise<number> {
  const result = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(db);
  return result.rows[0]?.n ?? 0;
}

/** Rows a fresh schema holds without anyone using it: core's built-in exercises, the server's own keys. */
export async function countRowsBeyondSeed(db: Executor, table: string): Promise<number> {
  if (table === 'server_key') return 0;
  if (table === 'library_exercise') {
    const result = await sql<{ n: number }>`
      select count(*)::int as n from library_exercise where owner_id is not null`.execute(db);
    return result.rows[0]?.n ?? 0;
  }
  return countRows(db, table);
}

/**
 * Every row of a table as the text of its JSON object, in primary-key order, a batch at a time through a
 * cursor (so a table of any size never sits in memory at once). Call inside a transaction.
 */
export async function readRowTexts(
  db: Executor,
  table: CatalogTable,
  onBatch: (rows: string[]) => Promise<void>,
  batchSize = 1000,
): Promise<void> {
  const order =
    table.primaryKey.length === 0 ? sql`ctid` : sql.join(table.primaryKey.map((c) => sql.ref(`t.${c}`)));
  await sql`declare backup_rows no scroll cursor for
    select to_jsonb(t)::text as row from ${sql.table(table.name)} t order by ${order}`.execute(db);
  try {
    for (;;) {
      const batch = await sql<{
        row: string;
      }>`fetch forward ${sql.raw(String(batchSize))} from backup_rows`.execute(db);
      if (batch.rows.length === 0) break;
      await onBatch(batch.rows.map((r) => r.row));
    }
  } finally {
    await sql`close backup_rows`.execute(db);
  }
}

/** Rows (each the text of a JSON object, as readRowTexts gives them) into a table, ids kept. */
export async function insertRowTexts(db: Executor, table: string, rows: string[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    insert into ${sql.table(table)} overriding system value
    select * from jsonb_populate_recordset(null::${sql.table(table)}, ${`[${rows.join(',')}]`}::jsonb)`.execute(
    db,
  );
}

export async function deleteAllRows(db: Executor, table: string): Promise<void> {
  await sql`delete from ${sql.table(table)}`.execute(db);
}

/** After rows came in with their own ids: each identity column continues after the largest one. */
export async function resetIdentityColumns(db: Executor): Promise<void> {
  const columns = await sql<{ table_name: string; column_name: string }>`
    select c.relname as table_name, a.attname as column_name
      from pg_attribute a
      join pg_class c on c.oid = a.attrelid
      join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and a.attidentity in ('a', 'd') and not a.attisdropped`.execute(db);
  for (const { table_name: table, column_name: column } of columns.rows) {
    await sql`
      select setval(pg_get_serial_sequence(${`public.${table}`}, ${column}),
                    coalesce((select max(${sql.ref(column)}) from ${sql.table(table)}), 0) + 1, false)`.execute(
      db,
    );
  }
}

/** The names of the migrations a database has run, oldest first (none on a fresh database). */
export async function listExecutedMigrations(db: Executor): Promise<string[]> {
  const exists = await sql<{ found: boolean }>`
    select to_regclass('public.kysely_migration') is not null as found`.execute(db);
  if (exists.rows[0]?.found !== true) return [];
  const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.rows.map((r) => r.name);
}

/** pg-boss's schema: its jobs are rebuilt from the restored rows, never carried over. */
export async function dropJobSchema(db: Executor): Promise<void> {
  await sql`drop schema if exists pgboss cascade`.execute(db);
}

/** Instants in the file in UTC, whatever the server's time zone (for the rest of the transaction). */
export async function useUtc(db: Executor): Promise<void> {
  await sql`set local time zone 'UTC'`.execute(db);
}
