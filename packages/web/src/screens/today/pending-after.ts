// "Pain after" questions still owed (SPEC §4: it may be answered later): the server's sessions of today
// and yesterday with no answer (read with the plan), plus sessions logged on this device that have not reached the server
// yet, less answers waiting in the outbox. Asked once about an hour has passed.
import { useEffect, useState } from 'react';
import { type LoggedSession, listSessions } from '../../api/sessions.ts';
import type { Today } from '../../api/today.ts';
import { toLocalDate } from '../../offline/local-date.ts';
import { useOutbox } from '../../offline/use-outbox.ts';
import { type AwaitingAfter, skippedAfter, useAwaitingAfter } from './awaiting-after.ts';

/** "About an hour after": ask again for a later answer once half an hour has passed. */
const ASK_AFTER_MS = 30 * 60_000;

function dayBefore(localDate: string): string {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

export interface PendingAfter {
  items: AwaitingAfter[];
  /** The server's list has come (or could not): Today waits for it so no card appears late. */
  ready: boolean;
  /** An answer given here: never asked again, even before the server's list catches up. */
  markAnswered: (sessionId: string) => void;
}

/** Fetched together with the plan (the device's dates: the plan is not needed to ask). */
export function usePendingAfter(accountId: string, today: Today | null): PendingAfter {
  const local = useAwaitingAfter(accountId);
  const { waiting } = useOutbox();
  const [sessions, setSessions] = useState<LoggedSession[] | null>(null);
  const [answeredHere, setAnsweredHere] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    if (accountId === '') return;
    const localDate = toLocalDate(new Date());
    listSessions(accountId, dayBefore(localDate), localDate).then(setSessions, () => setSessions([]));
  }, [accountId]);

  const names = new Map(today?.exercises.map((e) => [e.id, e.name]) ?? []);
  const server = (sessions ?? [])
    .filter((s) => s.after === null && names.has(s.exerciseId))
    .map((s) => ({
      sessionId: s.id,
      exerciseName: names.get(s.exerciseId) ?? '',
      loggedAt: Date.parse(s.createdAt),
    }));
  const answered = new Set([
    ...answeredHere,
    ...skippedAfter(),
    ...waiting.filter((w) => w.kind === 'session_after').map((w) => String(w.payload.sessionId)),
  ]);
  const byId = new Map<string, AwaitingAfter>();
  for (const item of [...server, ...local]) if (!answered.has(item.sessionId)) byId.set(item.sessionId, item);
  return {
    items: [...byId.values()].filter((item) => Date.now() - item.loggedAt >= ASK_AFTER_MS),
    ready: sessions !== null,
    markAnswered: (sessionId) => setAnsweredHere((ids) => new Set([...ids, sessionId])),
  };
}
