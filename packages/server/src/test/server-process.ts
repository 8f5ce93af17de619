// A real `steadily serve` process for tests that need one (kill -9, restart), and a fetch client
// with a cookie jar and the CSRF header, as a browser would be.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../../cli/bin/steadily.js', import.meta.url));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
}

export function startServerProcess(env: NodeJS.ProcessEnv, args: string[] = []): Promise<ServerProcess> {
  return freePort().then(
    (port) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [CLI, 'serve', '--port', String(port), ...args], {
          env: { ...process.env, LOG_LEVEL: 'warn', ...env },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('Steadily is running at')) {
            clearTimeout(timer);
            resolve({ child, url: `http://127.0.0.1:${port}` });
          }
        };
        child.stdout?.on('data', onData);
        child.stderr?.on('data', onData);
        child.on('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)));
      }),
  );
}

export function waitForExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

export class FetchClient {
  readonly cookies = new Map<string, string>();
  csrf: string | null = null;
  baseUrl: string;
  constructor(baseUrl: string) {
    this.baseUrl = baseUrl;
  }
  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    if (method !== 'GET' && this.csrf === null) await this.request('GET', '/api/auth/csrf');
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(method !== 'GET' && this.csrf !== null && { 'x-csrf-token': this.csrf }),
        ...headers,
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name !== undefined) this.cookies.set(name.trim(), value.join('='));
    }
    const token = res.headers.get('x-csrf-token');
    if (token !== null) this.csrf = token;
    const text = await res.text();
    return { status: res.status, body: text === '' ? null : JSON.parse(text) };
  }
}
