// `steadily backup FILE [--data-dir DIR]`: every row of every table, from one snapshot, into a gzipped
// JSON-lines file with the schema version in its header (format: server's services/backup-file.ts).
// PGlite (stop the server first: one process owns its data directory) or PostgreSQL (DATABASE_URL; the
// server may keep running).
import { systemClock, writeBackup } from '@steadily/server';
import { parseCommandArgs, runCommand, UsageError, withDatabase } from '../database-command.ts';

const USAGE = 'usage: steadily backup FILE [--data-dir DIR]';

export function run(argv: string[]): Promise<number> {
  return runCommand('backup', USAGE, async () => {
    const { values, positionals } = parseCommandArgs(argv, { 'data-dir': { type: 'string' } }, 1);
    const [file] = positionals;
    if (file === undefined || file === '') throw new UsageError('FILE is missing');
    const summary = await withDatabase(values['data-dir'], true, (database) =>
      writeBackup(database, file, systemClock.now()),
    );
    return `Backed up ${summary.tables.length} tables, ${summary.rows} rows (schema ${summary.schemaVersion}) to ${file}\n`;
  });
}
