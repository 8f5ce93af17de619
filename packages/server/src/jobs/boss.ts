// Jobs on pg-boss, in the same database: on PGlite through the shared instance (fromPglite), on
// PostgreSQL through pg-boss's own small pool. Day-end jobs are created inside the write's
// transaction (fromKysely), so a job exists exactly when the session that needs it does.
import { type Clock as BossClock, fromKysely, fromPglite, PgBoss } from 'pg-boss';
import type { Database } from '../db/database.ts';
import type { AppContext, JobQueue } from '../services/context.ts';
import type { DayEndData } from '../services/day-end.ts';
import { dayEndJobId, handleDayEnd } from './day-end.ts';
import type { PainAfterData, PainAfterSender } from './pain-after.ts';
import { type ReminderData, type ReminderSender, reminderCron, sendEach } from './reminders.ts';

export const DAY_END_QUEUE = 'day-end';
export const REMINDER_QUEUE = 'reminder';
export const PAIN_AFTER_QUEUE = 'pain-after';
const QUEUES = [DAY_END_QUEUE, REMINDER_QUEUE, PAIN_AFTER_QUEUE];

export interface JobsOptions {
  clock?: BossClock;
  /** Run the workers in this process (every server process does; a CLI that only schedules does not). */
  work?: boolean;
  pollingIntervalSeconds?: number;
  sendReminder?: ReminderSender;
  sendPainAfter?: PainAfterSender;
  log?: (message: string, error?: unknown) => void;
}

export interface Jobs {
  boss: PgBoss;
  queue: JobQueue;
  stop(): Promise<void>;
}

function createBoss(database: Database, clock: BossClock | undefined): PgBoss {
  const common = { schema: 'pgboss', ...(clock !== undefined && { clock }) };
  if (database.kind === 'pglite' && database.pglite !== undefined) {
    return new PgBoss({ ...common, db: fromPglite(database.pglite), backend: 'pglite' });
  }
  return new PgBoss({ ...common, connectionString: database.connectionString as string, max: 3 });
}

/**
 * Starts pg-boss. Queues created on a fresh install are only cached by pg-boss after a restart or a
 * minute; a send inside a PGlite transaction must never miss that cache (its look-up would wait for the
 * very transaction that is sending), so a fresh install restarts pg-boss once.
 */
export async function startJobs(
  database: Database,
  ctx: AppContext,
  options: JobsOptions = {},
): Promise<Jobs> {
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error ?? ''));
  let boss = createBoss(database, options.clock);
  boss.on('error', (error) => log('pg-boss error', error));
  await boss.start();
  let created = false;
  for (const name of QUEUES) {
    if ((await boss.getQueue(name)) === null) {
      await boss.createQueue(name, { retryLimit: 5, retryDelay: 60, retryBackoff: true });
      created = true;
    }
  }
  if (created) {
    await boss.stop({ graceful: false });
    boss = createBoss(database, options.clock);
    boss.on('error', (error) => log('pg-boss error', error));
    await boss.start();
  }
  if (options.work !== false) {
    const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 30 };
    await boss.work<DayEndData>(DAY_END_QUEUE, polling, (jobs) => handleDayEnd(ctx, jobs));
    await boss.work<ReminderData>(REMINDER_QUEUE, polling, (jobs) =>
      sendEach(ctx, jobs, options.sendReminder),
    );
    await boss.work<PainAfterData>(PAIN_AFTER_QUEUE, polling, (jobs) =>
      sendEach(ctx, jobs, options.sendPainAfter),
    );
  }
  const queue: JobQueue = {
    scheduleDayEnd: async (db, job) => {
      const { runAt, ...data } = job;
      await boss.send(DAY_END_QUEUE, data, { id: dayEndJobId(data), startAfter: runAt, db: fromKysely(db) });
    },
    schedulePainAfter: async (db, job) => {
      const { runAt, ...data } = job;
      await boss.send(PAIN_AFTER_QUEUE, data, { startAfter: runAt, db: fromKysely(db) });
    },
    scheduleReminders: async (patientId, times, timeZone) => {
      for (const schedule of await boss.getSchedules(REMINDER_QUEUE)) {
        if (schedule.key.startsWith(`${patientId}/`)) await boss.unschedule(REMINDER_QUEUE, schedule.key);
      }
      for (const time of times) {
        await boss.schedule(
          REMINDER_QUEUE,
          reminderCron(time),
          { patientId, time },
          { tz: timeZone, key: `${patientId}/${time.replace(':', '')}` },
        );
      }
    },
  };
  return { boss, queue, stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}
