// Issue 11: each programme records the dosing model it runs ("classic" = SPEC §5–§10 as written,
// "personal" = docs/dosing.md) and the rules version its decisions were made under. Programmes that were
// running before this change keep "classic" and rules version 1 — written into their stored profile too —
// so a replay of their events reproduces every stored decision. A later change of model or version is a
// dated `set_dosing` event (services/dosing.ts); the columns follow the latest one so the server can
// find programmes without reading engine snapshots. `dosing_notice_seen_at` is when the person closed the
// notice of the release switch (shown once on Today).
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table programme add column dosing text not null default 'classic'
      check (dosing in ('classic', 'personal'));
    alter table programme add column rules_version integer not null default 1;
    alter table programme add column dosing_notice_seen_at timestamptz;
    update programme set profile = profile || '{"dosing": "classic", "rulesVersion": 1}'::jsonb
      where profile is not null and profile->>'dosing' is null;
    update programme set dosing = profile->>'dosing',
      rules_version = coalesce((profile->>'rulesVersion')::integer, 1)
      where profile is not null;
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table programme drop column if exists dosing_notice_seen_at;
    alter table programme drop column if exists rules_version;
    alter table programme drop column if exists dosing;
  `,
  );
}
