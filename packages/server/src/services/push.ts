// Web push (RFC 8030/8291/8292): the VAPID key pair is made at the server's first start and kept in
// the database; a device subscribes with the browser's PushSubscription; a message is encrypted for it
// by the web-push library and posted by push-address.ts (public hosts only, no redirects; a test can
// stand in for the push service on plain http). A push service that answers 404 or 410 has forgotten
// the device: its subscription goes too.
import { randomUUID } from 'node:crypto';
import webpush from 'web-push';
import type { Executor } from '../db/repositories/executor.ts';
import {
  deleteSubscription,
  findServerKey,
  forgetSubscription,
  insertServerKeyOnce,
  listSubscriptions,
  markSent,
  saveSubscription,
} from '../db/repositories/push.ts';
import { ValidationError } from '../errors.ts';
import type { Actor, AppContext } from './context.ts';
import { checkPushHost, postPush } from './push-address.ts';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

const VAPID = 'vapid';
/** A day: a reminder older than that is no use. */
const TTL_SECONDS = 24 * 3600;
const SEND_TIMEOUT_MS = 10_000;

/** The key pair, made once (at first start, or at the first use if a test app never started). */
export async function ensureVapidKeys(db: Executor): Promise<VapidKeys> {
  const existing = await findServerKey<VapidKeys>(db, VAPID);
  if (existing !== undefined) return existing;
  await insertServerKeyOnce(db, VAPID, webpush.generateVAPIDKeys());
  return (await findServerKey<VapidKeys>(db, VAPID)) as VapidKeys;
}

export async function getPushPublicKey(ctx: AppContext): Promise<{ publicKey: string }> {
  return { publicKey: (await ensureVapidKeys(ctx.db)).publicKey };
}

export interface SubscriptionInput {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export async function subscribe(ctx: AppContext, actor: Actor, input: SubscriptionInput) {
  const endpoint = new URL(input.endpoint);
  if (endpoint.protocol !== 'https:' && ctx.settings.allowInsecurePush !== true)
    throw new ValidationError('endpoint', 'must be an https URL');
  const refused = await checkPushHost(endpoint, ctx.settings.pushAllowHosts ?? []);
  if (refused !== null) throw new ValidationError('endpoint', refused);
  await saveSubscription(ctx.db, {
    id: randomUUID(),
    accountId: actor.accountId,
    endpoint: input.endpoint,
    p256dh: input.keys.p256dh,
    auth: input.keys.auth,
  });
  return { ok: true as const };
}

export async function unsubscribe(ctx: AppContext, actor: Actor, endpoint: string) {
  await deleteSubscription(ctx.db, actor.accountId, endpoint);
  return { ok: true as const };
}

export interface PushMessage {
  title: string;
  body: string;
  /** Where a tap on the notification opens the app. */
  url: string;
  /** Replaces an earlier notification with the same tag instead of stacking. */
  tag: string;
}

/** Who push services may write to about this server (RFC 8292); set STEADILY_PUSH_CONTACT. */
const DEFAULT_CONTACT = 'mailto:admin@steadily.invalid';

export interface PushOutcome {
  delivered: number;
  /** Push services that refused or failed: the reminder is not worth a retry that would repeat it. */
  failed: string[];
}

/** Sends to every device of the account. */
export async function sendPush(
  ctx: AppContext,
  accountId: string,
  message: PushMessage,
): Promise<PushOutcome> {
  const keys = await ensureVapidKeys(ctx.db);
  const vapidDetails = { subject: ctx.settings.pushContact ?? DEFAULT_CONTACT, ...keys };
  const outcome: PushOutcome = { delivered: 0, failed: [] };
  for (const row of await listSubscriptions(ctx.db, accountId)) {
    const subscription = { endpoint: row.endpoint, keys: { p256dh: row.p256dh, auth: row.auth } };
    const details = webpush.generateRequestDetails(subscription, JSON.stringify(message), {
      vapidDetails,
      TTL: TTL_SECONDS,
      topic: message.tag,
    });
    const host = new URL(row.endpoint).host;
    try {
      const status = await postPush(
        details.endpoint,
        {
          method: details.method,
          headers: details.headers as Record<string, string | number>,
          body: details.body as Buffer,
          timeoutMs: SEND_TIMEOUT_MS,
        },
        ctx.settings.pushAllowHosts ?? [],
      );
      if (status === 404 || status === 410) await forgetSubscription(ctx.db, row.id);
      else if (status >= 200 && status < 300) {
        outcome.delivered++;
        await markSent(ctx.db, row.id, ctx.clock.now());
      } else outcome.failed.push(`${host}: ${status}`);
    } catch (error) {
      outcome.failed.push(`${host}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return outcome;
}
