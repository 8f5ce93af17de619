// How a clinician writes a dose (issue 14): beside the engine's one quota, each programme exercise
// may carry the number of sets the quota is split into, a load in kg and the rest between sets. The
// clinician sets and changes them; the engine never does. All optional: null keeps the one number.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table programme_exercise
      add column sets integer check (sets between 1 and 10),
      add column load_kg double precision check (load_kg >= 0 and load_kg <= 500),
      add column rest_seconds integer check (rest_seconds between 0 and 600)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table programme_exercise
      drop column sets, drop column load_kg, drop column rest_seconds`.execute(db);
}
