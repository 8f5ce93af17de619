// Web push: the server's own VAPID key pair (kept in server_key) and each device's subscription.
import { toJson } from '../json.ts';
import type { Executor } from './executor.ts';

export async function findServerKey<T>(db: Executor, name: string): Promise<T | undefined> {
  const row = await db.selectFrom('server_key').select('value').where('name', '=', name).executeTakeFirst();
  return row?.value as T | undefined;
}

/** Keeps the first value when two processes start at once: both then read the same key back. */
export async function insertServerKeyOnce(db: Executor, name: string, value: unknown): Promise<void> {
  await db
    .insertInto('server_key')
    .values({ name, value: toJson(value) })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
}

export interface NewPushSubscription {
  id: string;
  accountId: string;
  endpoint: string;
  p256dh: string;
  auth: string;
}

/**
 * One row per (account, endpoint): a device that subscribes again for the same account refreshes its
 * keys; another account subscribing the same endpoint gets a row of its own and never moves this one.
 */
export async function saveSubscription(db: Executor, s: NewPushSubscription): Promise<void> {
  await db
    .insertInto('push_subscription')
    .values({ id: s.id, account_id: s.accountId, endpoint: s.endpoint, p256dh: s.p256dh, auth: s.auth })
    .onConflict((oc) =>
      oc.columns(['account_id', 'endpoint']).doUpdateSet({ p256dh: s.p256dh, auth: s.auth }),
    )
    .execute();
}

export async function deleteSubscription(db: Executor, accountId: string, endpoint: string): Promise<number> {
  const result = await db
    .deleteFrom('push_subscription')
    .where('account_id', '=', accountId)
    .where('endpoint', '=', endpoint)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The push service says the device is gone: this row goes (another account's row learns it at its own send). */
export async function forgetSubscription(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('push_subscription').where('id', '=', id).execute();
}

export function listSubscriptions(db: Executor, accountId: string) {
  return db
    .selectFrom('push_subscription')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('created_at')
    .execute();
}

export async function markSent(db: Executor, id: string, at: Date): Promise<void> {
  await db.updateTable('push_subscription').set({ last_sent_at: at }).where('id', '=', id).execute();
}
