// Sessions whose "pain after" is still to be answered, kept on this device per person, so Today can
// ask again later (SPEC §4: pain after may be answered later).
import { useSyncExternalStore } from 'react';

export interface AwaitingAfter {
  sessionId: string;
  exerciseName: string;
  loggedAt: number;
}

const KEY = 'steadily.awaiting-after';
const listeners = new Set<() => void>();
let cache: Record<string, AwaitingAfter[]> | null = null;

function all(): Record<string, AwaitingAfter[]> {
  if (cache !== null) return cache;
  try {
    cache = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, AwaitingAfter[]>;
  } catch {
    cache = {};
  }
  return cache;
}

function save(next: Record<string, AwaitingAfter[]>): void {
  cache = next;
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // storage refused: the question is asked again only while the tab stays open
  }
  for (const listener of listeners) listener();
}

const EMPTY: AwaitingAfter[] = [];

export function awaitingFor(accountId: string): AwaitingAfter[] {
  return all()[accountId] ?? EMPTY;
}

export function addAwaiting(accountId: string, item: AwaitingAfter): void {
  save({ ...all(), [accountId]: [...awaitingFor(accountId), item] });
}

export function removeAwaiting(accountId: string, sessionId: string): void {
  save({ ...all(), [accountId]: awaitingFor(accountId).filter((item) => item.sessionId !== sessionId) });
}

const SKIPPED_KEY = 'steadily.skipped-after';

/** Sessions whose pain after the person chose to skip: never asked again on this device. */
export function skippedAfter(): ReadonlySet<string> {
  try {
    return new Set(JSON.parse(localStorage.getItem(SKIPPED_KEY) ?? '[]') as string[]);
  } catch {
    return new Set();
  }
}

export function skipAfter(accountId: string, sessionId: string): void {
  try {
    // The last 50 are enough: the question is only asked about today's and yesterday's sessions.
    const ids = [...skippedAfter(), sessionId].slice(-50);
    localStorage.setItem(SKIPPED_KEY, JSON.stringify(ids));
  } catch {
    // storage refused: skipped for as long as this tab stays open (removeAwaiting below)
  }
  removeAwaiting(accountId, sessionId);
}

export function useAwaitingAfter(accountId: string): AwaitingAfter[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => awaitingFor(accountId),
  );
}
