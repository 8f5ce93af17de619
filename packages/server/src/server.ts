// Starts a whole server process: database (locked, migrated), app, pg-boss workers, optional demo
// data, listening socket. `close()` stops in the reverse order and releases the PGlite lock.
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { ServerConfig } from './config.ts';
import { type Database, openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { coreEngine } from './engine/engine-port.ts';
import { type Jobs, startJobs } from './jobs/boss.ts';
import moveClockRoute from './routes/test/move-clock.ts';
import runReminderRoute from './routes/test/run-reminder.ts';
import { type DemoLogin, seedDemo } from './services/demo.ts';
import { ensureVapidKeys } from './services/push.ts';
import { pushPainAfter, pushReminder } from './services/push-reminders.ts';
import { OffsetClock } from './services/test-clock.ts';

export interface RunningServer {
  app: FastifyInstance;
  database: Database;
  jobs: Jobs;
  url: string;
  demoLogins: DemoLogin[] | null;
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const database = await openDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    await ensureVapidKeys(database.db); // web push keys: made at the first start, kept in the database
    const testClock = config.testClock ? new OffsetClock() : undefined;
    const app = await buildApp({
      database,
      engine: coreEngine,
      ...(testClock !== undefined && { clock: testClock }),
      webDist: config.webDist,
      trustProxy: config.trustProxy,
      logger: { level: config.logLevel },
      settings: {
        allowSelfSignUp: config.allowSelfSignUp,
        ...(config.pushContact !== undefined && { pushContact: config.pushContact }),
        ...(config.publicUrl !== undefined && { publicUrl: config.publicUrl }),
        ...(config.serviceName !== undefined && { serviceName: config.serviceName }),
        // Tests stand in for the push service on plain http.
        allowInsecurePush: config.testClock,
      },
      web: { secureCookies: config.secureCookies },
    });
    if (testClock !== undefined) {
      moveClockRoute(app, testClock);
      runReminderRoute(app);
    }
    const jobs = await startJobs(database, app.ctx, {
      log: (message, error) => app.log.error({ err: error }, message),
      sendReminder: pushReminder,
      sendPainAfter: pushPainAfter,
    });
    app.ctx.jobs = jobs.queue;
    const demoLogins = config.demo ? (await seedDemo(app.ctx)).logins : null;
    const address = await app.listen({ port: config.port, host: config.host });
    let closing: Promise<void> | undefined;
    const close = () => {
      closing ??= (async () => {
        await app.close();
        await jobs.stop();
        await database.close();
      })();
      return closing;
    };
    return { app, database, jobs, url: address, demoLogins, close };
  } catch (error) {
    await database.close();
    throw error;
  }
}
