// The reminder sender the pg-boss reminder job calls: what to say (reminder-message.ts), sent by web
// push to each of the person's devices. A reminder that reached no device is retried by pg-boss.
import type { PainAfterData } from '../jobs/pain-after.ts';
import type { ReminderData } from '../jobs/reminders.ts';
import type { AppContext } from './context.ts';
import { sendPush } from './push.ts';
import { painAfterMessage, reminderMessage } from './reminder-message.ts';

export async function pushReminder(ctx: AppContext, reminder: ReminderData): Promise<void> {
  const message = await reminderMessage(ctx.db, ctx.clock, reminder.patientId);
  if (message === null) return;
  const outcome = await sendPush(ctx, reminder.patientId, message);
  if (outcome.delivered === 0 && outcome.failed.length > 0)
    throw new Error(`no device took the reminder: ${outcome.failed.join('; ')}`);
}

/** About an hour after a session without pain after: one try per device, not retried (it would come late). */
export async function pushPainAfter(ctx: AppContext, data: PainAfterData): Promise<void> {
  const message = await painAfterMessage(ctx.db, ctx.clock, data.patientId, data.sessionId);
  if (message !== null) await sendPush(ctx, data.patientId, message);
}
