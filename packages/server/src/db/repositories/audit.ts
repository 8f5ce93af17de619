// The append-only audit trail: who read or changed which person's record, and when.
import type { Executor } from './executor.ts';

export async function appendAudit(
  db: Executor,
  row: { actorId: string | null; patientId: string | null; action: string; route: string },
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({ actor_id: row.actorId, patient_id: row.patientId, action: row.action, route: row.route })
    .execute();
}

export function listAudit(db: Executor, filter: { patientId?: string; beforeId?: number; limit: number }) {
  let query = db.selectFrom('audit_log').selectAll();
  if (filter.patientId !== undefined) query = query.where('patient_id', '=', filter.patientId);
  if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
  return query.orderBy('id', 'desc').limit(filter.limit).execute();
}
