// Opens the one database the server uses: PostgreSQL when a URL is given, otherwise embedded PGlite
// in a data directory (or in memory for tests). Both give the same Kysely<DB>.
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './lock-file.ts';
import type { DB } from './schema.ts';

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  kind: DatabaseKind;
  db: Kysely<DB>;
  /** Set on PGlite: pg-boss shares this instance (fromPglite). */
  pglite?: PGlite;
  /** Set on PostgreSQL: pg-boss opens its own small pool on it. */
  connectionString?: string;
  close(): Promise<void>;
}

export type DatabaseTarget = { url: string } | { dataDir: string } | { memory: true };

const DATE_OID = 1082;
const INT8_OID = 20;

function pgTypes(): pg.CustomTypesConfig {
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
      if (oid === DATE_OID) return (value: string) => value;
      if (oid === INT8_OID) return (value: string) => Number(value);
      return pg.types.getTypeParser(oid, format as 'text');
    }) as pg.CustomTypesConfig['getTypeParser'],
  };
}

export async function openDatabase(target: DatabaseTarget, poolSize = 10): Promise<Database> {
  if ('url' in target) {
    const pool = new pg.Pool({ connectionString: target.url, max: poolSize, types: pgTypes() });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { kind: 'postgres', db, connectionString: target.url, close: () => db.destroy() };
  }
  const dataDir = 'dataDir' in target ? resolve(target.dataDir) : undefined;
  const lock = dataDir === undefined ? undefined : lockDataDir(dataDir);
  try {
    const pglite = await PGlite.create(dataDir ?? 'memory://', {
      parsers: { [DATE_OID]: (value: string) => value, [INT8_OID]: (value: string) => Number(value) },
    });
    const db = new Kysely<DB>({ dialect: new PGliteDialect({ pglite }) });
    let closed = false;
    const close = async () => {
      if (closed) return;
      closed = true;
      await db.destroy();
      if (!pglite.closed) await pglite.close();
      lock?.release();
    };
    return { kind: 'pglite', db, pglite, close };
  } catch (error) {
    lock?.release();
    throw error;
  }
}
