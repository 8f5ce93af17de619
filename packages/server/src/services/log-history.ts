// The logs a person or their clinician reads back: sessions and morning check-ins, newest first.
import { listPatientEvents } from '../db/repositories/events.ts';
import type { Actor, AppContext } from './context.ts';
import { sessionView } from './views.ts';
import { readForPatient } from './write.ts';

export function listLogs(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  type: 'session' | 'morning',
  range: { from?: string; to?: string },
) {
  return readForPatient(ctx, actor, patientId, async (db) => {
    const rows = await listPatientEvents(db, patientId, { types: [type], ...range });
    return type === 'session'
      ? rows.map(sessionView)
      : rows.map((r) => ({
          id: r.id,
          localDate: r.local_date,
          pain: Number(r.payload.pain),
          createdAt: r.created_at.toISOString(),
        }));
  });
}
