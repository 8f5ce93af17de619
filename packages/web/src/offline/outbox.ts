// The app's one outbox: IndexedDB-backed, flushed at start, after each write, when the device comes back
// online, and on a backoff timer while something is waiting.
import { sendWrite } from '../api/logs.ts';
import { newClientId } from './client-id.ts';
import { createOutbox, type QueuedWrite, type WriteKind } from './queue.ts';
import { indexedDbStore, memoryStore } from './store.ts';

export interface OutboxSnapshot {
  waiting: QueuedWrite[];
  rejected: QueuedWrite[];
  signedOut: boolean;
}

export const outbox = createOutbox({
  store: typeof indexedDB === 'undefined' ? memoryStore() : indexedDbStore(),
  send: sendWrite,
  now: Date.now,
  random: Math.random,
  newId: newClientId,
});

let accountId: string | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let snapshot: OutboxSnapshot = { waiting: [], rejected: [], signedOut: false };
const listeners = new Set<() => void>();

async function refresh(signedOut = snapshot.signedOut): Promise<void> {
  const writes = accountId === null ? [] : await outbox.list(accountId);
  snapshot = {
    waiting: writes.filter((w) => w.state === 'waiting'),
    rejected: writes.filter((w) => w.state === 'rejected'),
    signedOut,
  };
  for (const listener of listeners) listener();
}

async function sync(force: boolean): Promise<void> {
  clearTimeout(timer);
  if (accountId === null) return;
  const account = accountId;
  const result = await outbox.flush(account, { force });
  await refresh(result.stoppedBy === 'signed_out');
  const next = await outbox.nextAttemptAt(account);
  if (next !== null && result.stoppedBy !== 'signed_out') {
    timer = setTimeout(() => void sync(false), Math.max(1_000, next - Date.now()));
  }
}

/** Called when the signed-in person changes; only their own writes are shown and sent. */
export function startOutbox(account: string | null): void {
  accountId = account;
  void refresh(false).then(() => sync(true));
}

export async function queueWrite(kind: WriteKind, payload: Record<string, unknown>): Promise<QueuedWrite> {
  if (accountId === null) throw new Error('No one is signed in');
  const write = await outbox.enqueue(accountId, kind, payload);
  void sync(true);
  return write;
}

export async function retryWrite(id: string): Promise<void> {
  await outbox.retry(id);
  await sync(true);
}

export async function discardWrite(id: string): Promise<void> {
  await outbox.discard(id);
  await refresh();
}

/** After the account is deleted: its waiting writes can never be sent, so they go too. */
export async function forgetAccount(account: string): Promise<void> {
  for (const write of await outbox.list(account)) await outbox.discard(write.id);
  await refresh(false);
}

/**
 * Resolves once a queued write has left the device: true when the server took it, false when it was
 * refused. Waits for as long as it takes (offline, it waits for the network).
 */
export function whenSent(id: string): Promise<boolean> {
  return new Promise((resolve) => {
    const check = async () => {
      const writes = accountId === null ? [] : await outbox.list(accountId);
      const write = writes.find((w) => w.id === id);
      if (write !== undefined && write.state === 'waiting') return;
      stop();
      resolve(write === undefined);
    };
    const stop = outbox.subscribe(() => void check());
    void check();
  });
}

export function getOutboxSnapshot(): OutboxSnapshot {
  return snapshot;
}

export function subscribeOutbox(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

outbox.subscribe(() => void refresh());
if (typeof window !== 'undefined') {
  window.addEventListener('online', () => void sync(true));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void sync(true);
  });
}
