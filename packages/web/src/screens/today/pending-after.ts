// "Pain after" questions still owed (SPEC §4: it may be answered later): the server's sessions of today
// and yesterday with no answer, plus sessions logged on this device that have not reached the server
// yet, less answers waiting in the outbox. Asked once about an hour has passed.
import { useEffect, useState } from 'react';
import { listSessions } from '../../api/sessions.ts';
import type { Today } from '../../api/today.ts';
import { useOutbox } from '../../offline/use-outbox.ts';
import { type AwaitingAfter, useAwaitingAfter } from './awaiting-after.ts';

/** "About an hour after": ask again for a later answer once half an hour has passed. */
const ASK_AFTER_MS = 30 * 60_000;

function dayBefore(localDate: string): string {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

export interface PendingAfter {
  items: AwaitingAfter[];
  /** An answer given here: never asked again, even before the server's list catches up. */
  markAnswered: (sessionId: string) => void;
}

export function usePendingAfter(accountId: string, today: Today | null): PendingAfter {
  const local = useAwaitingAfter(accountId);
  const { waiting } = useOutbox();
  const [server, setServer] = useState<AwaitingAfter[]>([]);
  const [answeredHere, setAnsweredHere] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    if (today === null || accountId === '') return;
    const names = new Map(today.exercises.map((e) => [e.id, e.name]));
    listSessions(accountId, dayBefore(today.localDate), today.localDate).then(
      (sessions) =>
        setServer(
          sessions
            .filter((s) => s.after === null && names.has(s.exerciseId))
            .map((s) => ({
              sessionId: s.id,
              exerciseName: names.get(s.exerciseId) ?? '',
              loggedAt: Date.parse(s.createdAt),
            })),
        ),
      () => setServer([]), // offline: the device's own list still asks
    );
  }, [accountId, today]);

  const answered = new Set([
    ...answeredHere,
    ...waiting.filter((w) => w.kind === 'session_after').map((w) => String(w.payload.sessionId)),
  ]);
  const byId = new Map<string, AwaitingAfter>();
  for (const item of [...server, ...local]) if (!answered.has(item.sessionId)) byId.set(item.sessionId, item);
  return {
    items: [...byId.values()].filter((item) => Date.now() - item.loggedAt >= ASK_AFTER_MS),
    markAnswered: (sessionId) => setAnsweredHere((ids) => new Set([...ids, sessionId])),
  };
}
