// The backup file: gzipped JSON lines. A header line, then each table as a marker line followed by its
// rows (one JSON object per line, PostgreSQL's to_jsonb of the row), then an end line with the totals:
//
//   {"format":"steadily-backup","formatVersion":1,"schemaVersion":"0005-caseload-indexes","createdAt":"…","database":"pglite"}
//   {"$table":"account","rows":2}
//   {"id": "…", "email": "…", …}
//   {"$end":{"tables":24,"rows":1234}}
//
// Rows are never parsed here (their text goes to the database as it is), so nothing is lost to
// JavaScript numbers. A column name never starts with `$`, so marker lines cannot be mistaken for rows.
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { type FileHandle, open, rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';

export const BACKUP_FORMAT = 'steadily-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** Something is wrong with the file itself (the CLI exits 2). */
export class BackupFileError extends Error {
  override name = 'BackupFileError';
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The newest migration of the database it was made from. */
  schemaVersion: string;
  createdAt: string;
  database: string;
}

export type BackupLine =
  | { kind: 'table'; table: string; rows: number }
  | { kind: 'row'; text: string }
  | { kind: 'end'; tables: number; rows: number };

export interface BackupWriter {
  line(text: string): Promise<void>;
  /** Flushes the file and gives it its name (until then it is `FILE.partial`). */
  finish(): Promise<void>;
  /** Stops writing and removes the partial file. */
  abort(): Promise<void>;
}

/** Opens `FILE.partial` for writing at once, so a path that cannot be written fails before any work. */
export async function writeBackupLines(path: string): Promise<BackupWriter> {
  const partial = `${path}.partial`;
  let handle: FileHandle;
  try {
    handle = await open(partial, 'w');
  } catch (error) {
    throw new BackupFileError(`${path}: cannot write the file (${(error as NodeJS.ErrnoException).code})`);
  }
  const gzip = createGzip();
  const done = pipeline(gzip, handle.createWriteStream());
  done.catch(() => {}); // awaited in finish(); an abort must not leave it unhandled
  return {
    async line(text) {
      if (!gzip.write(`${text}\n`)) await once(gzip, 'drain');
    },
    async finish() {
      gzip.end();
      await done;
      await rename(partial, path);
    },
    async abort() {
      gzip.destroy();
      await handle.close().catch(() => {});
      await rm(partial, { force: true });
    },
  };
}

/** The file's lines, gunzipped when it is gzip (a plain JSON-lines file is read as it is). */
async function* rawLines(path: string): AsyncGenerator<string> {
  let gzip: boolean;
  try {
    const handle = await open(path, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
      gzip = bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new BackupFileError(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code})`);
  }
  const file = createReadStream(path);
  const input: Readable = gzip ? file.pipe(createGunzip()) : file;
  file.on('error', (error) => input.destroy(error));
  const reader = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of reader) yield line;
  } catch (error) {
    throw new BackupFileError(`${path}: the file is damaged (${(error as Error).message})`);
  } finally {
    reader.close();
    file.destroy();
  }
}

function parseHeader(path: string, line: string | undefined): BackupHeader {
  let header: Partial<BackupHeader> | null = null;
  try {
    header = line === undefined ? null : (JSON.parse(line) as Partial<BackupHeader>);
  } catch {
    header = null;
  }
  if (header === null || header.format !== BACKUP_FORMAT)
    throw new BackupFileError(`${path}: not a Steadily backup (its first line is not a backup header)`);
  if (typeof header.formatVersion !== 'number' || typeof header.schemaVersion !== 'string')
    throw new BackupFileError(`${path}: the backup header has no formatVersion or schemaVersion`);
  return header as BackupHeader;
}

function parseMarker(path: string, line: string, number: number): BackupLine {
  if (!line.startsWith('{"$')) {
    if (!line.startsWith('{')) throw new BackupFileError(`${path}: line ${number} is not a JSON object`);
    return { kind: 'row', text: line };
  }
  try {
    const marker = JSON.parse(line) as {
      $table?: unknown;
      rows?: unknown;
      $end?: { tables?: unknown; rows?: unknown };
    };
    if (typeof marker.$table === 'string' && typeof marker.rows === 'number')
      return { kind: 'table', table: marker.$table, rows: marker.rows };
    if (typeof marker.$end?.tables === 'number' && typeof marker.$end.rows === 'number')
      return { kind: 'end', tables: marker.$end.tables, rows: marker.$end.rows };
  } catch {
    // reported below
  }
  throw new BackupFileError(`${path}: line ${number} is not a table or end marker`);
}

/**
 * Opens a backup: its header, and its lines after the header, checked as they go — rows only inside a
 * table, each table's row count as its marker says, the end line's totals, nothing after the end, and
 * no end missing (a cut-off file).
 */
export async function openBackup(
  path: string,
): Promise<{ header: BackupHeader; lines: AsyncGenerator<BackupLine> }> {
  const source = rawLines(path);
  const first = await source.next();
  const header = parseHeader(path, first.done === true ? undefined : first.value);
  async function* checked(): AsyncGenerator<BackupLine> {
    let number = 1;
    let table: { name: string; expected: number; seen: number } | null = null;
    let tables = 0;
    let rows = 0;
    const closeTable = () => {
      if (table !== null && table.seen !== table.expected)
        throw new BackupFileError(
          `${path}: table ${table.name} has ${table.seen} rows, its marker says ${table.expected}`,
        );
    };
    try {
      for await (const text of source) {
        number += 1;
        if (text === '') continue;
        const line = parseMarker(path, text, number);
        if (line.kind === 'row') {
          if (table === null) throw new BackupFileError(`${path}: line ${number} is a row outside any table`);
          table.seen += 1;
          rows += 1;
        } else if (line.kind === 'table') {
          closeTable();
          table = { name: line.table, expected: line.rows, seen: 0 };
          tables += 1;
        } else {
          closeTable();
          if (line.tables !== tables || line.rows !== rows)
            throw new BackupFileError(
              `${path}: the end line counts ${line.tables} tables and ${line.rows} rows, the file has ${tables} and ${rows}`,
            );
          yield line;
          for await (const rest of source)
            if (rest !== '') throw new BackupFileError(`${path}: there is more after the end line`);
          return;
        }
        yield line;
      }
      throw new BackupFileError(`${path}: the file ends before its end line (cut off?)`);
    } finally {
      await source.return(undefined);
    }
  }
  return { header, lines: checked() };
}
