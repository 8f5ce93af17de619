// Rate-limit counters (sign-in, sign-up, calendar feed) live in the database, so every server process
// on one PostgreSQL counts the same attempts. Keys are hashed: no address is kept in the clear, and
// ended windows are deleted as new ones start (db/repositories/rate-limits.ts). Backups leave the table out.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table rate_limit (
      key text primary key,
      hits integer not null,
      window_ends_at timestamptz not null
    );
    create index rate_limit_window_ends_at on rate_limit (window_ends_at);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, 'drop table if exists rate_limit;');
}
