// Reminders at the person's chosen times: pg-boss runs one schedule per time (cron in the person's
// time zone); the sender delivers it (web push arrives with the patient app; by default, a log line).
import type { Job } from 'pg-boss';
import type { AppContext } from '../services/context.ts';

export interface ReminderData {
  patientId: string;
  time: string;
}

export type ReminderSender = (ctx: AppContext, reminder: ReminderData) => Promise<void>;

/** `HH:MM` → a daily cron expression. */
export function reminderCron(time: string): string {
  const [hours, minutes] = time.split(':').map(Number);
  return `${minutes} ${hours} * * *`;
}

/** Hands each job's data to the sender (reminders, the pain-after push); without one, nothing is sent. */
export async function sendEach<T>(
  ctx: AppContext,
  jobs: Job<T>[],
  send?: (ctx: AppContext, data: T) => Promise<void>,
): Promise<void> {
  for (const job of jobs) {
    if (send !== undefined) await send(ctx, job.data);
  }
}
