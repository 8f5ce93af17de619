// What the patient app needs beyond the first schema: display preferences saved to the account (text
// size, low-energy mode; the language is `locale`), exercise-library ids as core names them (kebab-case
// text, not uuid), the server's own VAPID key pair for web push, and each device's push subscription.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table account add column text_size text not null default 'normal'
      check (text_size in ('normal', 'large', 'larger'));
    alter table account add column low_energy boolean not null default false;

    alter table programme_exercise alter column library_exercise_id type text;

    -- Keys the server makes for itself at first start (the VAPID pair for web push), kept across restarts.
    create table server_key (
      name text primary key,
      value jsonb not null,
      created_at timestamptz not null default now()
    );

    -- One row per device that allowed notifications; gone with the account, or when the push service
    -- says the subscription no longer exists (404/410).
    create table push_subscription (
      id uuid primary key,
      account_id uuid not null references account on delete cascade,
      endpoint text not null unique,
      p256dh text not null,
      auth text not null,
      created_at timestamptz not null default now(),
      last_sent_at timestamptz
    );
    create index push_subscription_account on push_subscription (account_id);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop table if exists push_subscription, server_key;
    alter table programme_exercise alter column library_exercise_id type uuid using null;
    alter table account drop column if exists low_energy;
    alter table account drop column if exists text_size;
  `,
  );
}
