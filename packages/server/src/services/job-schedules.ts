// pg-boss's jobs made again from the rows, after a restore (backups hold no pg-boss schema): each
// person's reminder schedule, and the day-end of sessions from the last few days (a day-end that is
// no longer needed is skipped when it runs, so making one too many is harmless).
import { listReminderSettings, listSessionDaysSince } from '../db/repositories/job-sources.ts';
import type { AppContext } from './context.ts';
import { addDays, startOfLocalDate } from './local-date.ts';

/** Sessions are final two days after their date (SPEC §5); one more day covers every time zone. */
const DAY_END_LOOKBACK_DAYS = 3;

export async function rescheduleJobs(ctx: AppContext): Promise<{ reminders: number; dayEnds: number }> {
  let reminders = 0;
  for (const setting of await listReminderSettings(ctx.db)) {
    if (setting.times.length === 0) continue;
    await ctx.jobs.scheduleReminders(setting.patient_id, setting.times, setting.time_zone);
    reminders += 1;
  }
  const since = addDays(ctx.clock.now().toISOString().slice(0, 10), -DAY_END_LOOKBACK_DAYS);
  const days = await listSessionDaysSince(ctx.db, since);
  for (const day of days) {
    const tickDate = addDays(day.local_date, 2);
    await ctx.jobs.scheduleDayEnd(ctx.db, {
      patientId: day.patient_id,
      programmeId: day.programme_id as string,
      tickDate,
      runAt: startOfLocalDate(tickDate, day.time_zone),
    });
  }
  return { reminders, dayEnds: days.length };
}
