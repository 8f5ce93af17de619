// Integration tests run on PGlite always and on PostgreSQL too when TEST_DATABASE_URL is set. Each
// test file gets its own database (a fresh PGlite in memory, or a CREATE DATABASE with a random
// name that is dropped afterwards), so parallel workers never meet.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { type Database, type DatabaseKind, openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

let warned = false;
export function databaseKinds(): DatabaseKind[] {
  if (TEST_DATABASE_URL === undefined || TEST_DATABASE_URL === '') {
    if (!warned) process.stdout.write('TEST_DATABASE_URL is not set: integration tests run on PGlite only\n');
    warned = true;
    return ['pglite'];
  }
  return ['pglite', 'postgres'];
}

export interface ScratchPostgres {
  url: string;
  drop(): Promise<void>;
}

/** A new, empty PostgreSQL database on the TEST_DATABASE_URL server. */
export async function createScratchPostgres(): Promise<ScratchPostgres> {
  if (TEST_DATABASE_URL === undefined) throw new Error('TEST_DATABASE_URL is not set');
  const name = `steadily_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      // pg.Pool.end() resolves before its connections have closed on the server; forcing the drop
      // then would kill sessions whose clients no longer listen for errors. Let them go first.
      for (let waited = 0; waited < 5_000; waited += 50) {
        const open = await client.query(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (open.rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export interface TestDatabase {
  kind: DatabaseKind;
  database: Database;
  /** PostgreSQL only: the scratch database's URL, for other processes or pools. */
  url: string | null;
}

export async function openTestDatabase(
  kind: DatabaseKind,
): Promise<{ handle: TestDatabase; dispose(): Promise<void> }> {
  if (kind === 'pglite') {
    const database = await openDatabase({ memory: true });
    await migrateToLatest(database.db);
    return { handle: { kind, database, url: null }, dispose: () => database.close() };
  }
  const scratch = await createScratchPostgres();
  const database = await openDatabase({ url: scratch.url });
  await migrateToLatest(database.db);
  return {
    handle: { kind, database, url: scratch.url },
    dispose: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}

/** describe() once per database kind, with a migrated database of that kind for the whole block. */
export function describeEachDatabase(name: string, body: (db: () => TestDatabase) => void): void {
  for (const kind of databaseKinds()) {
    describe(`${name} [${kind}]`, () => {
      let opened: Awaited<ReturnType<typeof openTestDatabase>> | undefined;
      beforeAll(async () => {
        opened = await openTestDatabase(kind);
      });
      afterAll(async () => {
        await opened?.dispose();
      });
      body(() => {
        if (opened === undefined) throw new Error('test database not open yet');
        return opened.handle;
      });
    });
  }
}
