// The calendar link: one secret per person (only its hash is kept), so a calendar app can subscribe
// to the planned sessions without a session cookie. A new link replaces the old one.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table calendar_feed (
      patient_id uuid primary key references patient on delete cascade,
      token_hash text not null unique,
      created_at timestamptz not null default now()
    );
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, 'drop table if exists calendar_feed;');
}
