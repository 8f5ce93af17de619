// The caseload's "worse week" check reads a programme's recent ask_how_you_are notices from an index of
// their own (an index-only scan instead of a heap check of every recent notice), measured by
// bench:population.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `create index notice_week_worse on notice (programme_id, day) where kind = 'ask_how_you_are';`,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, 'drop index if exists notice_week_worse;');
}
