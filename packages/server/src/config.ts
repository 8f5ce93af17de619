// Server settings from the command line and the environment, checked before anything starts.
import { fileURLToPath } from 'node:url';
import type { DatabaseTarget } from './db/database.ts';
import type { SecureCookies } from './http/auth.ts';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface ServerConfig {
  port: number;
  host: string;
  database: DatabaseTarget;
  secureCookies: SecureCookies;
  trustProxy: boolean;
  allowSelfSignUp: boolean;
  webDist: string;
  demo: boolean;
  logLevel: string;
  /** STEADILY_TEST_CLOCK=1: a clock end-to-end tests move forward (POST /api/test/clock). Never in production. */
  testClock: boolean;
  /** STEADILY_PUSH_CONTACT: the mailto: or https: contact push services see (RFC 8292). */
  pushContact?: string;
  /** STEADILY_PUBLIC_URL: the address people reach this server at (FHIR ids, identifier systems, reports). */
  publicUrl?: string;
  /** STEADILY_SERVICE_NAME: the clinic or service clinician reports name. */
  serviceName?: string;
}

export interface ServeArgs {
  port?: number;
  host?: string;
  dataDir?: string;
  demo?: boolean;
}

/** packages/web/dist, where Vite builds the app. */
export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export function databaseTarget(dataDir: string | undefined, env: NodeJS.ProcessEnv): DatabaseTarget {
  const url = env.DATABASE_URL;
  if (url !== undefined && url !== '') return { url };
  if (env.NODE_ENV === 'production' && env.STEADILY_ALLOW_PGLITE !== '1') {
    throw new ConfigError(
      'NODE_ENV=production needs PostgreSQL: set DATABASE_URL=postgres://user:password@host/db. ' +
        'The embedded PGlite database is one process on one machine, for trying Steadily or a personal install; ' +
        'to run it in production anyway, set STEADILY_ALLOW_PGLITE=1.',
    );
  }
  return { dataDir: dataDir ?? env.STEADILY_DATA_DIR ?? './.data' };
}

function secureCookies(value: string | undefined): SecureCookies {
  if (value === undefined || value === '' || value === 'auto') return 'auto';
  if (value === 'always' || value === '1' || value === 'true') return true;
  if (value === 'never' || value === '0' || value === 'false') return false;
  throw new ConfigError(`STEADILY_SECURE_COOKIES must be auto, always or never (got "${value}")`);
}

function testClock(env: NodeJS.ProcessEnv): boolean {
  if (env.STEADILY_TEST_CLOCK !== '1') return false;
  if (env.NODE_ENV === 'production')
    throw new ConfigError(
      'STEADILY_TEST_CLOCK=1 lets anyone move the clock: it is refused when NODE_ENV=production',
    );
  return true;
}

/** An http(s) origin with an optional path, without a trailing slash, query or fragment. */
export function publicUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(
      `STEADILY_PUBLIC_URL must be an http(s) URL such as https://steadily.clinic.example (got "${value}")`,
    );
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search !== '' || url.hash !== '')
    throw new ConfigError(
      `STEADILY_PUBLIC_URL must be an http(s) URL without ?query or #fragment (got "${value}")`,
    );
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

export function serverConfig(args: ServeArgs, env: NodeJS.ProcessEnv): ServerConfig {
  const port = args.port ?? Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new ConfigError(`--port must be 0–65535 (got ${port})`);
  return {
    port,
    host: args.host ?? env.HOST ?? '127.0.0.1',
    database: databaseTarget(args.dataDir, env),
    secureCookies: secureCookies(env.STEADILY_SECURE_COOKIES),
    trustProxy: env.STEADILY_TRUST_PROXY === '1',
    allowSelfSignUp: env.STEADILY_SELF_SIGN_UP !== '0',
    webDist: env.STEADILY_WEB_DIST ?? DEFAULT_WEB_DIST,
    demo: args.demo ?? false,
    logLevel: env.LOG_LEVEL ?? 'info',
    testClock: testClock(env),
    ...(env.STEADILY_PUSH_CONTACT !== undefined &&
      env.STEADILY_PUSH_CONTACT !== '' && { pushContact: env.STEADILY_PUSH_CONTACT }),
    ...(publicUrl(env.STEADILY_PUBLIC_URL) !== undefined && {
      publicUrl: publicUrl(env.STEADILY_PUBLIC_URL),
    }),
    ...(env.STEADILY_SERVICE_NAME?.trim() && { serviceName: env.STEADILY_SERVICE_NAME.trim() }),
  };
}
