// The offline outbox: every write is stored on the device first, then sent with its idempotency key.
// A write leaves the device only when the server accepted it (2xx); a refused one stays, visible, with
// the server's reason, until the person retries or removes it. Nothing is lost silently.
import { toLocalDate } from './local-date.ts';
import type { QueueStore } from './store.ts';

/** `session_after`: the pain about an hour after a session, when answered later than the session. */
export type WriteKind = 'session' | 'session_after' | 'morning' | 'flare' | 'crash' | 'symptom';

export interface WriteError {
  status: number;
  message: string;
  field: string | null;
}

export interface QueuedWrite {
  /** Client UUID: the idempotency key, which the server takes as the record's id. */
  id: string;
  kind: WriteKind;
  /** Whose write it is: never sent while someone else is signed in on this device. */
  accountId: string;
  payload: Record<string, unknown>;
  localDate: string;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  state: 'waiting' | 'rejected';
  error: WriteError | null;
}

export type SendOutcome =
  | { kind: 'sent' }
  | { kind: 'rejected'; error: WriteError }
  | { kind: 'retry' }
  | { kind: 'signed_out' };

export interface FlushResult {
  sent: number;
  stoppedBy: 'retry' | 'signed_out' | null;
}

export interface OutboxDeps {
  store: QueueStore;
  send: (write: QueuedWrite) => Promise<SendOutcome>;
  now: () => number;
  random: () => number;
  newId: () => string;
}

const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 5 * 60_000;

/** Exponential backoff with ±20% jitter, so many phones coming back online do not retry in step. */
export function backoffMs(attempts: number, random: number): number {
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random));
}

/** How to treat an HTTP failure: fix-the-data answers stay visible; the rest is retried. */
export function classifyStatus(status: number): 'rejected' | 'retry' | 'signed_out' {
  if (status === 401 || status === 403) return 'signed_out';
  if (status === 408 || status === 429) return 'retry';
  if (status >= 400 && status < 500) return 'rejected';
  return 'retry';
}

export function createOutbox(deps: OutboxDeps) {
  const listeners = new Set<() => void>();
  let running: Promise<FlushResult> | null = null;
  let forceAgain = false;

  function emit(): void {
    for (const listener of listeners) listener();
  }

  async function list(accountId: string): Promise<QueuedWrite[]> {
    const writes = await deps.store.all();
    return writes.filter((w) => w.accountId === accountId).sort((a, b) => a.createdAt - b.createdAt);
  }

  async function enqueue(accountId: string, kind: WriteKind, payload: Record<string, unknown>) {
    const createdAt = deps.now();
    const id = deps.newId();
    const localDate = toLocalDate(new Date(createdAt));
    const write: QueuedWrite = {
      id,
      kind,
      accountId,
      payload: { ...payload, localDate },
      localDate,
      createdAt,
      attempts: 0,
      nextAttemptAt: createdAt,
      state: 'waiting',
      error: null,
    };
    await deps.store.put(write);
    emit();
    return write;
  }

  async function run(accountId: string, force: boolean): Promise<FlushResult> {
    let sent = 0;
    for (const write of await list(accountId)) {
      if (write.state !== 'waiting' || (!force && write.nextAttemptAt > deps.now())) continue;
      const outcome = await deps.send(write).catch((): SendOutcome => ({ kind: 'retry' }));
      if (outcome.kind === 'signed_out') return { sent, stoppedBy: 'signed_out' };
      if (outcome.kind === 'sent') {
        await deps.store.delete(write.id);
        sent++;
      } else if (outcome.kind === 'rejected') {
        await deps.store.put({
          ...write,
          state: 'rejected',
          attempts: write.attempts + 1,
          error: outcome.error,
        });
      } else {
        const attempts = write.attempts + 1;
        const nextAttemptAt = deps.now() + backoffMs(attempts, deps.random());
        await deps.store.put({ ...write, attempts, nextAttemptAt });
        emit();
        return { sent, stoppedBy: 'retry' }; // the network is likely down: try the rest later
      }
      emit();
    }
    return { sent, stoppedBy: null };
  }

  /**
   * Sends what is due, oldest first; `force` ignores the backoff (e.g. the device just came online). A
   * forced flush asked for while one runs is not dropped: it runs once more right after (the network
   * may have come back while the running one was failing).
   */
  function flush(accountId: string, options: { force?: boolean } = {}): Promise<FlushResult> {
    if (running !== null) {
      if (options.force === true) forceAgain = true;
      return running;
    }
    running = (async () => {
      let result = await run(accountId, options.force === true);
      while (forceAgain) {
        forceAgain = false;
        const more = await run(accountId, true);
        result = { sent: result.sent + more.sent, stoppedBy: more.stoppedBy };
      }
      return result;
    })().finally(() => {
      running = null;
    });
    return running;
  }

  async function retry(id: string): Promise<void> {
    const write = (await deps.store.all()).find((w) => w.id === id);
    if (write === undefined) return;
    await deps.store.put({ ...write, state: 'waiting', error: null, nextAttemptAt: deps.now() });
    emit();
  }

  /** Only on the person's explicit request: the one way a write leaves without being sent. */
  async function discard(id: string): Promise<void> {
    await deps.store.delete(id);
    emit();
  }

  async function nextAttemptAt(accountId: string): Promise<number | null> {
    const due = (await list(accountId)).filter((w) => w.state === 'waiting').map((w) => w.nextAttemptAt);
    return due.length === 0 ? null : Math.min(...due);
  }

  function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  return { enqueue, flush, list, retry, discard, nextAttemptAt, subscribe };
}

export type Outbox = ReturnType<typeof createOutbox>;
