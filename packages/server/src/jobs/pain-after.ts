// The pain-after worker: about an hour after a session logged without "pain after", one push asks for
// it, if it is still owed by then (services/push-reminders.ts decides and sends).
import type { Job } from 'pg-boss';
import type { AppContext } from '../services/context.ts';

export interface PainAfterData {
  patientId: string;
  sessionId: string;
}

export type PainAfterSender = (ctx: AppContext, data: PainAfterData) => Promise<void>;

export async function handlePainAfter(ctx: AppContext, jobs: Job<PainAfterData>[], send?: PainAfterSender) {
  for (const job of jobs) {
    if (send !== undefined) await send(ctx, job.data);
  }
}
