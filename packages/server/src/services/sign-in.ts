// Sign-in sessions: created at sign-up and sign-in, listed and revoked by their owner.
import { randomUUID } from 'node:crypto';
import { findAccountByEmail } from '../db/repositories/accounts.ts';
import {
  deleteAuthSession,
  deleteAuthSessionsExcept,
  insertAuthSession,
  listAuthSessions,
} from '../db/repositories/auth-sessions.ts';
import type { Executor } from '../db/repositories/executor.ts';
import { NotFoundError, UnauthenticatedError } from '../errors.ts';
import type { Actor, AppContext } from './context.ts';
import { dummyPasswordHash, verifyPassword } from './passwords.ts';
import { hashSecret, newSecret } from './tokens.ts';

export const SESSION_DAYS = 30;

export interface NewSession {
  token: string;
  expiresAt: Date;
  accountId: string;
}

export async function createSession(
  db: Executor,
  ctx: AppContext,
  accountId: string,
  userAgent: string | null,
): Promise<NewSession> {
  const token = newSecret();
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await insertAuthSession(db, {
    id: randomUUID(),
    account_id: accountId,
    token_hash: hashSecret(token),
    last_seen_at: now,
    expires_at: expiresAt,
    user_agent: userAgent?.slice(0, 300) ?? null,
  });
  return { token, expiresAt, accountId };
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function signIn(
  ctx: AppContext,
  input: { email: string; password: string },
  userAgent: string | null,
): Promise<NewSession> {
  const account = await findAccountByEmail(ctx.db, normaliseEmail(input.email));
  const ok = await verifyPassword(account?.password_hash ?? (await dummyPasswordHash()), input.password);
  if (account === undefined || !ok || account.disabled_at !== null) {
    throw new UnauthenticatedError('Wrong email or password');
  }
  return createSession(ctx.db, ctx, account.id, userAgent);
}

export async function signOut(ctx: AppContext, actor: Actor): Promise<void> {
  await deleteAuthSession(ctx.db, actor.accountId, actor.sessionId);
}

export async function listSessions(ctx: AppContext, actor: Actor) {
  const rows = await listAuthSessions(ctx.db, actor.accountId);
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.created_at.toISOString(),
    lastSeenAt: row.last_seen_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    userAgent: row.user_agent,
    current: row.id === actor.sessionId,
  }));
}

export async function revokeSession(ctx: AppContext, actor: Actor, sessionId: string): Promise<void> {
  if (!(await deleteAuthSession(ctx.db, actor.accountId, sessionId)))
    throw new NotFoundError('No such session');
}

export async function revokeOtherSessions(db: Executor, accountId: string, keepSessionId: string | null) {
  await deleteAuthSessionsExcept(db, accountId, keepSessionId);
}
