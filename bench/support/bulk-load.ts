// Bulk loading for the benchmarks: multi-row inserts, and the keys and indexes of the big tables dropped
// for a load and made again after it (one sorted build is several times faster than row by row).
import type pg from 'pg';

export type Column = [name: string, type: string];

/** One multi-row INSERT … SELECT FROM unnest(…): one array parameter per column. */
export async function insertRows(
  db: pg.Pool | pg.PoolClient,
  table: string,
  columns: Column[],
  rows: unknown[][],
) {
  for (let from = 0; from < rows.length; from += 10_000) {
    const part = rows.slice(from, from + 10_000);
    const arrays = columns.map((_, i) => part.map((row) => row[i] ?? null));
    const names = columns.map(([name]) => name).join(', ');
    const unnest = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
    await db.query(`insert into ${table} (${names}) select * from unnest(${unnest})`, arrays);
  }
}

const BIG_TABLES = ['engine_event', 'decision', 'notice', 'alert_ack'];

/**
 * Keys of the big tables are dropped for the load and added again after it: a random-UUID primary key
 * and per-row foreign-key checks make a row-by-row load several times slower than one sorted build.
 */
export async function dropConstraints(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ table: string; name: string; def: string; kind: string }>(
    `
    select c.conrelid::regclass::text as table, c.conname as name, pg_get_constraintdef(c.oid) as def,
      c.contype as kind
    from pg_constraint c
    where c.conrelid::regclass::text = any($1) and c.contype in ('p', 'f')
    order by c.contype desc`,
    [BIG_TABLES],
  );
  for (const row of [...rows].reverse())
    await pool.query(`alter table ${row.table} drop constraint ${row.name}`);
  return rows.map((row) => `alter table ${row.table} add constraint ${row.name} ${row.def}`);
}

/** Secondary indexes are dropped for the load and built again after it (much faster than row by row). */
export async function dropSecondaryIndexes(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ name: string; def: string }>(`
    select i.indexname as name, i.indexdef as def from pg_indexes i
    where i.schemaname = 'public'
      and i.tablename in ('engine_event', 'decision', 'notice', 'programme', 'programme_exercise', 'patient')
      and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`);
  for (const row of rows) await pool.query(`drop index ${row.name}`);
  return rows.map((row) => row.def);
}
