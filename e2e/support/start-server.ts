// Starts the real server for the browser tests: `steadily serve` on the given port and a fresh PGlite
// data dir, with the test clock on (POST /api/test/clock moves days). On SIGTERM/SIGINT it stops the
// server, waits for it, and removes the data dir, so runs leave nothing in /tmp.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

function option(name: string): string {
  const index = process.argv.indexOf(name);
  const value = index === -1 ? undefined : process.argv[index + 1];
  if (value === undefined) throw new Error(`start-server: ${name} is required`);
  return value;
}

const port = option('--port');
const dataDir = option('--data-dir');
const root = join(import.meta.dirname, '..', '..');

const server = spawn(
  process.execPath,
  [join(root, 'packages/cli/bin/steadily.js'), 'serve', '--port', port, '--data-dir', dataDir],
  {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_ENV: 'test', STEADILY_TEST_CLOCK: '1', LOG_LEVEL: 'warn' },
  },
);

/** Only ever a folder this run made: steadily-e2e-* directly in the system temp dir. */
function removeDataDir(): void {
  if (dirname(dataDir) === tmpdir() && basename(dataDir).startsWith('steadily-e2e-')) {
    rmSync(dataDir, { recursive: true, force: true });
  }
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
