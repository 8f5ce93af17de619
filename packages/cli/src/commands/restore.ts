// `steadily restore FILE [--force] [--data-dir DIR]`: a backup into an empty database (a new PGlite data
// directory, or an empty PostgreSQL database via DATABASE_URL). Refuses a database that holds data
// unless --force (which replaces everything in it), and a file from a newer schema. Migrates to the
// file's schema, loads every row, migrates to the newest, then makes pg-boss's jobs again from the rows
// (reminder schedules, pending day-ends): backups do not carry pg-boss's schema.
import {
  buildApp,
  checkBackup,
  coreEngine,
  type Database,
  rescheduleJobs,
  restoreBackup,
  startJobs,
} from '@steadily/server';
import { parseCommandArgs, runCommand, UsageError, withDatabase } from '../database-command.ts';

const USAGE = 'usage: steadily restore FILE [--force] [--data-dir DIR]';

async function remakeJobs(database: Database) {
  const app = await buildApp({ database, engine: coreEngine, webDist: '' });
  try {
    const jobs = await startJobs(database, app.ctx, { work: false });
    try {
      app.ctx.jobs = jobs.queue;
      return await rescheduleJobs(app.ctx);
    } finally {
      await jobs.stop();
    }
  } finally {
    await app.close();
  }
}

export function run(argv: string[]): Promise<number> {
  return runCommand('restore', USAGE, async () => {
    const { values, positionals } = parseCommandArgs(
      argv,
      { force: { type: 'boolean' }, 'data-dir': { type: 'string' } },
      1,
    );
    const [file] = positionals;
    if (file === undefined || file === '') throw new UsageError('FILE is missing');
    await checkBackup(file); // before the database: a bad file must not even make an empty data directory
    const { summary, jobs } = await withDatabase(values['data-dir'], false, async (database) => {
      const summary = await restoreBackup(database, file, { force: values.force === true, checked: true });
      return { summary, jobs: await remakeJobs(database) };
    });
    const migrated =
      summary.migratedTo === summary.schemaVersion ? '' : `, migrated to ${summary.migratedTo}`;
    return (
      `Restored ${summary.tables.length} tables, ${summary.rows} rows from ${file} ` +
      `(schema ${summary.schemaVersion}${migrated}); ` +
      `${jobs.reminders} reminder schedules and ${jobs.dayEnds} day-ends made again\n`
    );
  });
}
