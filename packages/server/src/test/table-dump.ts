// Every row of every table of a database, as PostgreSQL's JSON of the row in primary-key order (instants
// in UTC): two databases hold the same data exactly when their dumps are equal.
import { type Kysely, sql } from 'kysely';
import { listCatalogTables } from '../db/repositories/backup-tables.ts';
import type { DB } from '../db/schema.ts';

export async function dumpTables(db: Kysely<DB>): Promise<Record<string, string[]>> {
  return db.transaction().execute(async (tx) => {
    await sql`set local time zone 'UTC'`.execute(tx);
    const dump: Record<string, string[]> = {};
    for (const table of await listCatalogTables(tx)) {
      const order = sql.join(table.primaryKey.map((c) => sql.ref(`t.${c}`)));
      const rows = await sql<{ row: string }>`
        select to_jsonb(t)::text as row from ${sql.table(table.name)} t order by ${order}`.execute(tx);
      dump[table.name] = rows.rows.map((r) => r.row);
    }
    return dump;
  });
}
