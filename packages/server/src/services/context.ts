// What every service receives: the database, the clock, the engine and the job queue, plus who is
// asking. Built once per process (app.ts); the actor once per request (http/auth.ts).
import type { Kysely } from 'kysely';
import type { DatabaseKind } from '../db/database.ts';
import type { Executor } from '../db/repositories/executor.ts';
import type { DB, Role } from '../db/schema.ts';
import type { EngineModule } from '../engine/engine-port.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface DayEndJob {
  patientId: string;
  programmeId: string;
  /** The local date whose first event lets waiting sessions time out (session day + 2). */
  tickDate: string;
  runAt: Date;
}

/** "How is your pain now?" about an hour after a session logged without pain after (SPEC §4). */
export interface PainAfterJob {
  patientId: string;
  sessionId: string;
  runAt: Date;
}

/** Jobs the services ask for; pg-boss behind it (jobs/), or nothing when jobs are off. */
export interface JobQueue {
  /** Inside the caller's transaction, so the job exists exactly when the write does. */
  scheduleDayEnd(db: Executor, job: DayEndJob): Promise<void>;
  scheduleReminders(patientId: string, times: string[], timeZone: string): Promise<void>;
  /** Inside the caller's transaction, like the day-end. */
  schedulePainAfter(db: Executor, job: PainAfterJob): Promise<void>;
}

export const noJobs: JobQueue = {
  scheduleDayEnd: async () => {},
  scheduleReminders: async () => {},
  schedulePainAfter: async () => {},
};

export interface Settings {
  /** A person may sign up without an invitation (self-guided use). */
  allowSelfSignUp: boolean;
  /** Days an invitation stays valid. */
  invitationDays: number;
  /** Web push: a mailto: or https: contact for push services (RFC 8292). */
  pushContact?: string;
  /** Web push to plain-http endpoints: only for tests that stand in for the push service. */
  allowInsecurePush?: boolean;
  /** STEADILY_PUBLIC_URL: where people reach this server; without it, the address of each request. */
  publicUrl?: string;
  /** STEADILY_SERVICE_NAME: the clinic or service named on clinician reports. */
  serviceName?: string;
}

export interface AppContext {
  db: Kysely<DB>;
  settings: Settings;
  dbKind: DatabaseKind;
  clock: Clock;
  engine: EngineModule | null;
  /** Set once pg-boss has started (jobs/boss.ts), after the app that the workers call is built. */
  jobs: JobQueue;
}

export interface Actor {
  accountId: string;
  role: Role;
  isAdmin: boolean;
  sessionId: string;
  /** `METHOD /api/path/:param`, recorded in the audit log and the idempotency table. */
  route: string;
}
