// The pain-after push: about an hour after a session logged without "pain after", one push asks for
// it, if it is still owed by then (services/push-reminders.ts decides and sends; jobs/boss.ts runs it).
import type { AppContext } from '../services/context.ts';

export interface PainAfterData {
  patientId: string;
  sessionId: string;
}

export type PainAfterSender = (ctx: AppContext, data: PainAfterData) => Promise<void>;
