// A push subscription belongs to (account, endpoint), not to the endpoint alone: with one row per
// endpoint, a second account subscribing the same endpoint moved the first account's row to itself.
// Each account now keeps its own row; unsubscribing or re-subscribing touches only one's own.
import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table push_subscription drop constraint push_subscription_endpoint_key;
    alter table push_subscription
      add constraint push_subscription_account_endpoint unique (account_id, endpoint);
    create index push_subscription_endpoint on push_subscription (endpoint);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    drop index if exists push_subscription_endpoint;
    alter table push_subscription drop constraint push_subscription_account_endpoint;
    delete from push_subscription p using push_subscription q
      where p.endpoint = q.endpoint and (p.created_at, p.id) < (q.created_at, q.id);
    alter table push_subscription add constraint push_subscription_endpoint_key unique (endpoint);
  `,
  );
}
