// Reminder times of day, in the person's own time zone; pg-boss schedules one job per time.
import { findReminderTimes, saveReminderTimes } from '../db/repositories/reminders.ts';
import type { Actor, AppContext } from './context.ts';
import { requirePatient } from './screening.ts';
import { readForPatient, writeForPatient } from './write.ts';

export async function putReminders(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  times: string[],
) {
  const sorted = [...new Set(times)].sort();
  const result = await writeForPatient(
    ctx,
    { actor, patientId, requestId: key, allowed: ['self'] },
    async (db) => {
      const patient = await requirePatient(db, patientId);
      await saveReminderTimes(db, patientId, sorted);
      return { times: sorted, timeZone: patient.time_zone };
    },
  );
  await ctx.jobs.scheduleReminders(patientId, result.times, result.timeZone);
  return result;
}

export function getReminders(ctx: AppContext, actor: Actor, patientId: string) {
  return readForPatient(ctx, actor, patientId, async (db) => {
    const patient = await requirePatient(db, patientId);
    return { times: await findReminderTimes(db, patientId), timeZone: patient.time_zone };
  });
}
