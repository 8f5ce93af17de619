// `steadily seed-demo [--data-dir DIR]`: creates the demo clinician and patients with eight weeks of
// history (idempotent) and prints their sign-in details. `steadily serve --demo` does the same.
import { parseArgs } from 'node:util';
import {
  buildApp,
  ConfigError,
  coreEngine,
  DataDirLockedError,
  databaseTarget,
  migrateToLatest,
  openDatabase,
  seedDemo,
} from '@steadily/server';
import { printLogins } from './serve.ts';

export async function run(argv: string[]): Promise<number> {
  try {
    const { values } = parseArgs({ args: argv, options: { 'data-dir': { type: 'string' } } });
    const database = await openDatabase(databaseTarget(values['data-dir'], process.env));
    try {
      await migrateToLatest(database.db);
      const app = await buildApp({ database, engine: coreEngine, webDist: '' });
      const result = await seedDemo(app.ctx);
      await app.close();
      process.stdout.write(result.created ? 'Demo data created.\n' : 'Demo data already present.\n');
      printLogins(result.logins);
    } finally {
      await database.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirLockedError || error instanceof TypeError) {
      process.stderr.write(`steadily seed-demo: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
