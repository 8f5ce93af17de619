// `npm start`: builds the web app when its build is missing or older than its sources, then runs
// `steadily serve` with the arguments given (`npm start -- --demo`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const web = join(root, 'packages/web');
const built = join(web, 'dist/index.html');

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const sources = ['src', 'public', 'index.html', 'vite.config.ts', '../core/src'].map((p) => join(web, p));
const stale =
  !existsSync(built) || statSync(built).mtimeMs < Math.max(...sources.filter(existsSync).map(newestChange));
if (stale) {
  console.log('Building the web app (once, and again after its sources change)…');
  const build = spawnSync('npm', ['run', 'build', '-w', '@steadily/web'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const server = spawn(
  process.execPath,
  [join(root, 'packages/cli/bin/steadily.js'), 'serve', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
// Ctrl-C reaches the server directly (same process group); a SIGTERM sent to this process is passed
// on, so the server still closes its database cleanly.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => server.kill('SIGTERM'));
server.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 1 : 0)));
