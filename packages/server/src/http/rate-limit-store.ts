// A @fastify/rate-limit store over the database instead of process memory: two server processes on
// one PostgreSQL share one count, so running more processes never multiplies the allowed attempts.
import { createHash } from 'node:crypto';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Executor } from '../db/repositories/executor.ts';
import { hitRateLimit } from '../db/repositories/rate-limits.ts';

class DatabaseRateLimitStore implements FastifyRateLimitStore {
  readonly #db: Executor;
  readonly #scope: string;

  constructor(db: Executor, scope: string) {
    this.#db = db;
    this.#scope = scope;
  }

  incr(
    key: string,
    callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
    timeWindow: number,
  ): void {
    // Hashed with the route: the table never holds an address in the clear.
    const hashed = createHash('sha256').update(`${this.#scope}\n${key}`).digest('base64url');
    hitRateLimit(this.#db, hashed, timeWindow).then(
      (hit) => callback(null, hit),
      (error: Error) => callback(error),
    );
  }

  /**
   * Each rate-limited route counts on its own. The plugin's types say it passes the route options; at
   * run time (v11) it passes the merged limit settings with the route under `routeInfo`.
   */
  child(options: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
    const route = (options as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo;
    if (route?.url === undefined) throw new Error('rate limit: a route without routeInfo');
    return new DatabaseRateLimitStore(this.#db, `${String(route.method)} ${String(route.url)}`);
  }
}

export function databaseRateLimitStore(db: Executor): FastifyRateLimitStoreCtor {
  return class extends DatabaseRateLimitStore {
    constructor() {
      super(db, 'global');
    }
  };
}
