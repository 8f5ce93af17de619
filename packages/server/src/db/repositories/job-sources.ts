// What pg-boss's jobs are made from, read back after a restore: each person's reminder times, and the
// days with sessions of a running programme whose day-end may still be due.
import type { Executor } from './executor.ts';

export function listReminderSettings(db: Executor) {
  return db
    .selectFrom('reminder_setting as r')
    .innerJoin('account as a', 'a.id', 'r.patient_id')
    .select(['r.patient_id', 'r.times', 'a.time_zone'])
    .orderBy('r.patient_id')
    .execute();
}

export function listSessionDaysSince(db: Executor, sinceLocalDate: string) {
  return db
    .selectFrom('engine_event as e')
    .innerJoin('programme as p', 'p.id', 'e.programme_id')
    .innerJoin('account as a', 'a.id', 'e.patient_id')
    .select(['e.patient_id', 'e.programme_id', 'e.local_date', 'a.time_zone'])
    .distinct()
    .where('e.type', '=', 'session')
    .where('p.status', '=', 'active')
    .where('e.local_date', '>=', sinceLocalDate)
    .orderBy('e.patient_id')
    .orderBy('e.local_date')
    .execute();
}
