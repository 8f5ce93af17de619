// The first result of every write, by its client-generated request id: a repeat returns it unchanged.
import { sql } from 'kysely';
import { toJson } from '../json.ts';
import type { Executor } from './executor.ts';

/** Serialises two transactions carrying the same request id (held until the transaction ends). */
export async function lockRequestId(db: Executor, requestId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtextextended(${requestId}, 0))`.execute(db);
}

export function findIdempotentResult(db: Executor, requestId: string) {
  return db.selectFrom('idempotency_key').selectAll().where('request_id', '=', requestId).executeTakeFirst();
}

export async function saveIdempotentResult(
  db: Executor,
  row: { requestId: string; accountId: string; route: string; response: unknown },
): Promise<void> {
  await db
    .insertInto('idempotency_key')
    .values({
      request_id: row.requestId,
      account_id: row.accountId,
      route: row.route,
      status_code: 200,
      response: toJson(row.response),
    })
    .execute();
}
