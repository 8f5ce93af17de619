// `steadily migrate [--data-dir DIR]`: applies pending migrations to the database and exits
// (DATABASE_URL selects PostgreSQL, as for serve). The server also migrates at start.
import { parseArgs } from 'node:util';
import {
  ConfigError,
  DataDirLockedError,
  databaseTarget,
  migrateToLatest,
  openDatabase,
} from '@steadily/server';

export async function run(argv: string[]): Promise<number> {
  try {
    const { values } = parseArgs({ args: argv, options: { 'data-dir': { type: 'string' } } });
    const database = await openDatabase(databaseTarget(values['data-dir'], process.env));
    try {
      const applied = await migrateToLatest(database.db);
      process.stdout.write(
        applied.length === 0 ? 'Already up to date.\n' : `Applied: ${applied.join(', ')}\n`,
      );
    } finally {
      await database.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirLockedError || error instanceof TypeError) {
      process.stderr.write(`steadily migrate: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
