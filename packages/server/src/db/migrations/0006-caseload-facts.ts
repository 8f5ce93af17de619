// What the caseload ranks people by, kept per person and refreshed in the transaction of every write to
// their record (db/repositories/caseload.ts), so listing a large caseload reads one row per person and
// no events. Filled here for everyone already on the server.
import type { Kysely } from 'kysely';
import { refreshCaseloadFactsQuery } from '../repositories/caseload.ts';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table caseload_facts (
      patient_id uuid primary key references patient on delete cascade,
      programme_id uuid,
      start_date date,
      has_draft boolean not null default false,
      paused jsonb,
      open_flare_start_day integer,
      open_alerts text[] not null default '{}',
      week_worse_day integer,
      session_dates date[] not null default '{}',
      per_week integer not null default 0,
      refreshed_at timestamptz not null
    );
  `,
  );
  await refreshCaseloadFactsQuery(null, new Date()).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(db, 'drop table if exists caseload_facts;');
}
