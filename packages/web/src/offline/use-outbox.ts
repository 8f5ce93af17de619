// React view of the outbox: what is waiting, what was refused, whether sign-in is needed.
import { useSyncExternalStore } from 'react';
import { getOutboxSnapshot, type OutboxSnapshot, subscribeOutbox } from './outbox.ts';

export function useOutbox(): OutboxSnapshot {
  return useSyncExternalStore(subscribeOutbox, getOutboxSnapshot);
}
