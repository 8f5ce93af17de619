// The clinician workspace: the exercise library in the database (the built-in exercises of core,
// seeded here, and each clinician's own), and the indexes the risk-sorted caseload reads through.
import type { Kysely } from 'kysely';
import { seedBuiltInLibrary } from '../library-seed.ts';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    create table library_exercise (
      -- core's id for a built-in exercise (kebab-case, e.g. easy-walk); a UUID for a clinician's own
      id text primary key,
      -- null for a built-in exercise; otherwise the clinician who added it (only they see it)
      owner_id uuid references account on delete cascade,
      name jsonb not null,
      instructions jsonb not null,
      unit text not null check (unit in ('minutes', 'seconds', 'reps')),
      step double precision not null check (step > 0),
      max_quota double precision not null check (max_quota > 0),
      modality text not null check (modality in ('aerobic', 'strength', 'flexibility', 'balance')),
      region text not null check (region in ('back', 'neck', 'knee', 'hip', 'shoulder', 'whole_body')),
      per_week_default integer not null check (per_week_default between 1 and 21),
      -- neighbours in a progression, offered when a plateau suggests a change
      easier_id text,
      harder_id text,
      illustration text,
      media_url text,
      created_at timestamptz not null default now(),
      archived_at timestamptz
    );
    create index library_exercise_browse on library_exercise (modality, region);
    create index library_exercise_owner on library_exercise (owner_id) where owner_id is not null;

    -- The caseload's adherence count: a person's sessions over the last two weeks, read from the index.
    create index engine_event_sessions on engine_event (patient_id, local_date) where type = 'session';
    -- A programme's open alerts (alert notices without an acknowledgement) and its recent notices.
    create index notice_programme_alerts on notice (programme_id, alert_key) where alert_key is not null;
  `,
  );
  await seedBuiltInLibrary(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop index if exists notice_programme_alerts;
    drop index if exists engine_event_sessions;
    drop table if exists library_exercise;
  `,
  );
}
