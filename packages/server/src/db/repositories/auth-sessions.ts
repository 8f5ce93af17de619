// Sign-in sessions, stored so any server process can check them and a person can revoke them.
import type { Insertable } from 'kysely';
import type { AuthSessionTable } from '../schema.ts';
import type { Executor } from './executor.ts';

export async function insertAuthSession(db: Executor, row: Insertable<AuthSessionTable>): Promise<void> {
  await db.insertInto('auth_session').values(row).execute();
}

export function findAuthSessionByTokenHash(db: Executor, tokenHash: string) {
  return db
    .selectFrom('auth_session as s')
    .innerJoin('account as a', 'a.id', 's.account_id')
    .select([
      's.id as sessionId',
      's.expires_at as expiresAt',
      's.last_seen_at as lastSeenAt',
      'a.id as accountId',
      'a.role',
      'a.is_admin as isAdmin',
      'a.disabled_at as disabledAt',
    ])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function touchAuthSession(db: Executor, id: string, now: Date, expiresAt: Date): Promise<void> {
  await db
    .updateTable('auth_session')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export function listAuthSessions(db: Executor, accountId: string) {
  return db
    .selectFrom('auth_session')
    .select(['id', 'created_at', 'last_seen_at', 'expires_at', 'user_agent'])
    .where('account_id', '=', accountId)
    .orderBy('last_seen_at', 'desc')
    .execute();
}

export async function deleteAuthSession(db: Executor, accountId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('auth_session')
    .where('id', '=', id)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function deleteAuthSessionsExcept(db: Executor, accountId: string, keepId: string | null) {
  let query = db.deleteFrom('auth_session').where('account_id', '=', accountId);
  if (keepId !== null) query = query.where('id', '!=', keepId);
  await query.execute();
}
