// What the commands that work on the database share (export, backup, restore): the database chosen as
// `serve` chooses it (DATABASE_URL, else PGlite in --data-dir), closed whatever happens, and every
// failure as one line on stderr — exit 2 for a bad argument or file, 1 for anything else — never a
// stack trace.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import {
  BackupFileError,
  type Database,
  databaseTarget,
  NotFoundError,
  openDatabase,
} from '@steadily/server';

const INVALID = 2;
const FAILED = 1;

/** A bad argument: exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

function isBadArgument(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    error instanceof UsageError ||
    error instanceof BackupFileError ||
    error instanceof NotFoundError ||
    (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS'))
  );
}

function oneLine(error: unknown): string {
  const e = error as { message?: unknown; code?: unknown; name?: unknown };
  const text =
    typeof e.message === 'string' && e.message !== '' ? e.message : String(e.code ?? e.name ?? error);
  const line = text.split('\n')[0]?.trim() ?? text;
  // node:util's parseArgs goes on to explain `--`; its first sentence says what is wrong.
  const fromParseArgs = typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS');
  return fromParseArgs ? (line.split('. ')[0] ?? line) : line;
}

/** Parses the options (unknown ones and stray arguments are a UsageError). */
export function parseCommandArgs<T extends ParseArgsConfig['options']>(
  argv: string[],
  options: T,
  positionals: number,
) {
  const parsed = parseArgs({ args: argv, options, allowPositionals: positionals > 0, strict: true });
  if (parsed.positionals.length > positionals)
    throw new UsageError(`unexpected argument "${parsed.positionals[positionals]}"`);
  return parsed;
}

/**
 * Opens the database, runs `work`, closes it. `mustExist`: a PGlite data directory must already hold a
 * database (reading commands must not make an empty one by mistake).
 */
export async function withDatabase<T>(
  dataDir: string | undefined,
  mustExist: boolean,
  work: (database: Database) => Promise<T>,
): Promise<T> {
  const target = databaseTarget(dataDir, process.env);
  if (mustExist && 'dataDir' in target && !existsSync(join(target.dataDir, 'PG_VERSION')))
    throw new UsageError(
      `no database in ${target.dataDir} (give --data-dir DIR, or DATABASE_URL for PostgreSQL)`,
    );
  const database = await openDatabase(target);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** Runs a command's body: its text to stdout and exit 0, or one line to stderr and exit 2 or 1. */
export async function runCommand(name: string, usage: string, body: () => Promise<string>): Promise<number> {
  try {
    process.stdout.write(await body());
    return 0;
  } catch (error) {
    const bad = isBadArgument(error);
    const hint = bad && !(error instanceof BackupFileError) ? ` (${usage})` : '';
    process.stderr.write(`steadily ${name}: ${oneLine(error)}${hint}\n`);
    return bad ? INVALID : FAILED;
  }
}
