// `steadily serve [--port 3000] [--host 127.0.0.1] [--data-dir DIR] [--demo]`: runs the app and API.
// PGlite in ./.data by default; DATABASE_URL selects PostgreSQL. Stops cleanly on SIGTERM/SIGINT.
import { parseArgs } from 'node:util';
import { ConfigError, DataDirLockedError, type DemoLogin, serverConfig, startServer } from '@steadily/server';

const USAGE = 'Usage: steadily serve [--port 3000] [--host 127.0.0.1] [--data-dir DIR] [--demo]\n';

function describeDatabase(target: { url: string } | { dataDir: string } | { memory: true }): string {
  if ('url' in target) return `PostgreSQL (${new URL(target.url).host})`;
  if ('dataDir' in target) return `PGlite in ${target.dataDir}`;
  return 'PGlite in memory';
}

export function printLogins(logins: DemoLogin[]): void {
  process.stdout.write('Demo accounts (for trying Steadily only — do not keep them on a real server):\n');
  for (const login of logins) {
    process.stdout.write(
      `  ${login.role.padEnd(9)} ${login.email}  password: ${login.password}  (${login.story})\n`,
    );
  }
}

export async function run(argv: string[]): Promise<number> {
  let values: { port?: string; host?: string; 'data-dir'?: string; demo?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'data-dir': { type: 'string' },
        demo: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    process.stderr.write(`steadily serve: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help === true) {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    const config = serverConfig(
      {
        ...(values.port !== undefined && { port: Number(values.port) }),
        ...(values.host !== undefined && { host: values.host }),
        ...(values['data-dir'] !== undefined && { dataDir: values['data-dir'] }),
        demo: values.demo === true,
      },
      process.env,
    );
    const server = await startServer(config);
    // Listen for the stop signals before saying we run, so a stop right after the message is clean.
    const stopped = new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGTERM', stop);
        process.off('SIGINT', stop);
        server.close().then(resolve, (error: unknown) => {
          process.stderr.write(`steadily serve: error while stopping: ${String(error)}\n`);
          resolve();
        });
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    });
    process.stdout.write(
      `Steadily is running at ${server.url} (database: ${describeDatabase(config.database)})\n`,
    );
    if (server.demoLogins !== null) printLogins(server.demoLogins);
    await stopped;
    return 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirLockedError) {
      process.stderr.write(`steadily serve: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
