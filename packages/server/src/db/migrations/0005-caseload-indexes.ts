// Two indexes the caseload reads per person, measured by bench:population: a programme's recent
// ask_how_you_are notices ("worse week"), and the planned sessions a week of its current exercises —
// both index-only scans instead of heap visits.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create index notice_week_worse on notice (programme_id, day) where kind = 'ask_how_you_are';
    create index programme_exercise_per_week on programme_exercise (programme_id) include (per_week)
      where removed_at is null;
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, 'drop index if exists notice_week_worse, programme_exercise_per_week;');
}
