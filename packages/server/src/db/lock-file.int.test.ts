import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startServerProcess, waitForExit } from '../test/server-process.ts';
import { openDatabase } from './database.ts';
import { DataDirLockedError } from './lock-file.ts';

const CLI = fileURLToPath(new URL('../../../cli/bin/steadily.js', import.meta.url));

describe('PGlite data directory lock', () => {
  it('refuses a second database on a directory in use, and frees it on close', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'steadily-lock-'));
    const first = await openDatabase({ dataDir: dir });
    expect(readFileSync(join(dir, 'steadily.lock'), 'utf8')).toBe(String(process.pid));
    await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
    const cli = spawnSync(process.execPath, [CLI, 'serve', '--port', '0', '--data-dir', dir], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(`in use by another Steadily process (pid ${process.pid})`);
    await first.close();
    const again = await openDatabase({ dataDir: dir });
    await again.close();
  });

  it('closes the database and frees the directory when the server gets SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'steadily-stop-'));
    const server = await startServerProcess({ DATABASE_URL: '' }, ['--data-dir', dir]);
    expect(existsSync(join(dir, 'steadily.lock'))).toBe(true);
    server.child.kill('SIGTERM');
    await waitForExit(server.child);
    expect(server.child.exitCode).toBe(0);
    expect(existsSync(join(dir, 'steadily.lock'))).toBe(false);
  });

  it('takes over a lock left by a process that is gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'steadily-lock-'));
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    writeFileSync(join(dir, 'steadily.lock'), gone.stdout);
    const database = await openDatabase({ dataDir: dir });
    expect(readFileSync(join(dir, 'steadily.lock'), 'utf8')).toBe(String(process.pid));
    await database.close();
  });

  it('refuses PGlite under NODE_ENV=production unless the operator opts in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'steadily-prod-'));
    const env = { ...process.env, NODE_ENV: 'production', DATABASE_URL: '' };
    const cli = spawnSync(process.execPath, [CLI, 'migrate', '--data-dir', dir], {
      encoding: 'utf8',
      env,
      timeout: 60_000,
    });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toMatch(/NODE_ENV=production needs PostgreSQL.*STEADILY_ALLOW_PGLITE=1/);
    const allowed = spawnSync(process.execPath, [CLI, 'migrate', '--data-dir', dir], {
      encoding: 'utf8',
      env: { ...env, STEADILY_ALLOW_PGLITE: '1' },
      timeout: 60_000,
    });
    expect(allowed.stdout).toContain('Applied: 0001-initial');
    expect(allowed.status).toBe(0);
  });
});
