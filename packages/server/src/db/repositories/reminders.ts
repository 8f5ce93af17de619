// The times of day a person wants a reminder (their own time zone).
import { toJson } from '../json.ts';
import type { Executor } from './executor.ts';

export async function saveReminderTimes(db: Executor, patientId: string, times: string[]): Promise<void> {
  const json = toJson(times);
  await db
    .insertInto('reminder_setting')
    .values({ patient_id: patientId, times: json })
    .onConflict((oc) => oc.column('patient_id').doUpdateSet({ times: json, updated_at: new Date() }))
    .execute();
}

export async function findReminderTimes(db: Executor, patientId: string): Promise<string[]> {
  const row = await db
    .selectFrom('reminder_setting')
    .select('times')
    .where('patient_id', '=', patientId)
    .executeTakeFirst();
  return row?.times ?? [];
}
