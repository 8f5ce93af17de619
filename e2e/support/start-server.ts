// Starts the real server for the browser tests: `steadily serve` on the given port and data dir.
// Until `serve` exists (it prints "not available yet"), it falls back, loudly, to serving the built
// web app alone, so the screens that need no API can be tested; every /api call then answers 404.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

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
  { stdio: ['ignore', 'inherit', 'pipe'], env: { ...process.env, NODE_ENV: 'test' } },
);
let stderr = '';
server.stderr.on('data', (chunk: Buffer) => {
  stderr += chunk.toString();
  process.stderr.write(chunk);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.kill(signal);
    process.exit(0);
  });
}
server.on('exit', (code) => {
  if (code !== 0 && stderr.includes('not available yet')) serveBuiltAppOnly(Number(port));
  else process.exit(code ?? 1);
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

function serveBuiltAppOnly(listenPort: number): void {
  process.stderr.write(
    'start-server: WARNING `steadily serve` is not available; serving web/dist without an API\n',
  );
  const dist = join(root, 'packages/web/dist');
  createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path.startsWith('/api/')) {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { code: 'not_found', message: 'No API in this test server' } }));
      return;
    }
    const file = join(dist, normalize(path));
    const found = file.startsWith(dist) && existsSync(file) && statSync(file).isFile();
    const target = found ? file : join(dist, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' });
    createReadStream(target).pipe(response);
  }).listen(listenPort, '127.0.0.1');
}
