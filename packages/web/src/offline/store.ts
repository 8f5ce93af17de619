// Where queued writes wait: IndexedDB on the device (so they survive a closed tab or a dead battery).
import { type DBSchema, openDB } from 'idb';
import type { QueuedWrite } from './queue.ts';

export interface QueueStore {
  all(): Promise<QueuedWrite[]>;
  put(write: QueuedWrite): Promise<void>;
  delete(id: string): Promise<void>;
}

interface OutboxSchema extends DBSchema {
  writes: { key: string; value: QueuedWrite };
}

export function indexedDbStore(name = 'steadily-outbox'): QueueStore {
  const db = openDB<OutboxSchema>(name, 1, {
    upgrade(database) {
      database.createObjectStore('writes', { keyPath: 'id' });
    },
  });
  return {
    async all() {
      return (await db).getAll('writes');
    },
    async put(write) {
      await (await db).put('writes', write);
    },
    async delete(id) {
      await (await db).delete('writes', id);
    },
  };
}

/** For browsers that refuse IndexedDB (some private modes): writes live as long as the tab. */
export function memoryStore(): QueueStore {
  const writes = new Map<string, QueuedWrite>();
  return {
    async all() {
      return [...writes.values()].map((write) => structuredClone(write));
    },
    async put(write) {
      writes.set(write.id, structuredClone(write));
    },
    async delete(id) {
      writes.delete(id);
    },
  };
}
