import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { QueuedWrite } from './queue.ts';
import { indexedDbStore } from './store.ts';

function makeWrite(overrides: Partial<QueuedWrite> = {}): QueuedWrite {
  return {
    id: crypto.randomUUID(),
    kind: 'morning',
    accountId: 'ana',
    payload: { pain: 3 },
    localDate: '2025-06-02',
    createdAt: 1,
    attempts: 0,
    nextAttemptAt: 1,
    state: 'waiting',
    error: null,
    ...overrides,
  };
}

describe('indexedDbStore', () => {
  it('keeps writes across reopening the database, until deleted', async () => {
    const write = makeWrite();
    await indexedDbStore('test-reopen').put(write);
    const reopened = indexedDbStore('test-reopen');
    expect(await reopened.all()).toEqual([write]);
    await reopened.delete(write.id);
    expect(await reopened.all()).toEqual([]);
  });

  it('replaces a write stored again under the same id', async () => {
    const store = indexedDbStore('test-replace');
    const write = makeWrite();
    await store.put(write);
    await store.put({ ...write, attempts: 2 });
    expect(await store.all()).toEqual([{ ...write, attempts: 2 }]);
  });
});
