// Web push for reminders (docs/api.md: /api/push/key, /api/push/subscriptions).
import { request } from './client.ts';

export interface PushSubscriptionJson {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export async function getPushKey(): Promise<string> {
  return (await request<{ publicKey: string }>('GET', '/push/key')).publicKey;
}

export async function savePushSubscription(subscription: PushSubscriptionJson): Promise<void> {
  await request('POST', '/push/subscriptions', { body: subscription });
}

export async function removePushSubscription(endpoint: string): Promise<void> {
  await request('DELETE', '/push/subscriptions', { body: { endpoint } });
}
