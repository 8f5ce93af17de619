// Fixed-window attempt counters shared by every server process (http/rate-limit-store.ts).
import { sql } from 'kysely';
import type { Executor } from './executor.ts';

export interface RateLimitHit {
  /** Attempts in the current window, this one included. */
  current: number;
  /** Milliseconds until the window ends. */
  ttl: number;
}

/** Counts one attempt under `key`; a window that has ended starts again at one. */
export async function hitRateLimit(db: Executor, key: string, windowMs: number): Promise<RateLimitHit> {
  const seconds = windowMs / 1000;
  const { rows } = await sql<{ hits: number; ttl: number }>`
    insert into rate_limit as r (key, hits, window_ends_at)
    values (${key}, 1, now() + make_interval(secs => ${seconds}))
    on conflict (key) do update set
      hits = case when r.window_ends_at <= now() then 1 else r.hits + 1 end,
      window_ends_at = case when r.window_ends_at <= now() then excluded.window_ends_at else r.window_ends_at end
    returning hits, greatest(0, ceil(extract(epoch from window_ends_at - now()) * 1000))::int as ttl`.execute(
    db,
  );
  const row = rows[0];
  if (row === undefined) throw new Error('rate_limit upsert returned no row');
  // A new window is the moment to forget windows that ended, so the table keeps little beyond live ones.
  if (row.hits === 1)
    await db.deleteFrom('rate_limit').where('window_ends_at', '<', sql<Date>`now()`).execute();
  return { current: row.hits, ttl: row.ttl };
}
