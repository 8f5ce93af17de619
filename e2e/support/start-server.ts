// Starts the real server for the browser tests: `steadily serve` on the given port and a fresh PGlite
// data dir made here, with the test clock on (POST /api/test/clock moves days). On SIGTERM/SIGINT it
// stops the server, waits for it, and removes the data dir, so runs leave nothing in /tmp; it also
// removes dirs that earlier runs left when they were killed (their server pid is gone).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function option(name: string): string {
  const index = process.argv.indexOf(name);
  const value = index === -1 ? undefined : process.argv[index + 1];
  if (value === undefined) throw new Error(`start-server: ${name} is required`);
  return value;
}

const PREFIX = 'steadily-e2e-';
const port = option('--port');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A dir an earlier run left: no live server holds its lock, and it is older than a minute. */
function removeLeftovers(): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = join(tmpdir(), name);
    try {
      if (Date.now() - statSync(dir).mtimeMs < 60_000) continue;
      const owner = Number.parseInt(readFileSync(join(dir, 'steadily.lock'), 'utf8'), 10);
      if (Number.isInteger(owner) && isAlive(owner)) continue;
    } catch {
      // no lock file: no server ever ran there, or it stopped; the age check above still applies
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

removeLeftovers();
const dataDir = mkdtempSync(join(tmpdir(), PREFIX));
const root = join(import.meta.dirname, '..', '..');

const server = spawn(
  process.execPath,
  [join(root, 'packages/cli/bin/steadily.js'), 'serve', '--port', port, '--data-dir', dataDir],
  {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      STEADILY_TEST_CLOCK: '1',
      // The stand-in push service of settings.spec.ts listens on 127.0.0.1, a private address.
      STEADILY_PUSH_ALLOW_HOSTS: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
  },
);

/** The folder this run made. */
function removeDataDir(): void {
  rmSync(dataDir, { recursive: true, force: true });
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopping = true;
    server.kill(signal);
  });
}
server.on('exit', (code) => {
  removeDataDir();
  process.exit(stopping ? 0 : (code ?? 1));
});
