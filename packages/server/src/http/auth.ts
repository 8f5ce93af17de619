// Reads the session cookie on every /api request and sets `request.actor` (or null). Sessions live in
// the database, so any server process can serve any person. Cookies are HttpOnly and SameSite=Lax,
// and Secure over https (or always, when configured).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { findAuthSessionByTokenHash, touchAuthSession } from '../db/repositories/auth-sessions.ts';
import { UnauthenticatedError } from '../errors.ts';
import type { Actor, AppContext } from '../services/context.ts';
import { SESSION_DAYS } from '../services/sign-in.ts';
import { hashSecret } from '../services/tokens.ts';

const SESSION_COOKIE = 'steadily_session';
const TOUCH_AFTER_MS = 60 * 60 * 1000;

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (health, sign-up, sign-in, invitation look-up…). */
    public?: boolean;
    /** A public route whose answer is still personal (a calendar feed by its secret): never cached. */
    personal?: boolean;
  }
}

export type SecureCookies = 'auto' | boolean;

export function isSecure(request: FastifyRequest, secure: SecureCookies): boolean {
  return secure === 'auto' ? request.protocol === 'https' : secure;
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
}

async function resolveActor(ctx: AppContext, request: FastifyRequest): Promise<Actor | null> {
  const token = request.cookies[SESSION_COOKIE];
  if (token === undefined || token === '') return null;
  const session = await findAuthSessionByTokenHash(ctx.db, hashSecret(token));
  const now = ctx.clock.now();
  if (session === undefined || session.disabledAt !== null || session.expiresAt <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await touchAuthSession(
      ctx.db,
      session.sessionId,
      now,
      new Date(now.getTime() + SESSION_DAYS * 86_400_000),
    );
  }
  return {
    accountId: session.accountId,
    role: session.role,
    isAdmin: session.isAdmin,
    sessionId: session.sessionId,
    route: `${request.method} ${request.routeOptions.url ?? request.url}`,
  };
}

/** Before validation, so a request without a session is a 401 whatever its body. */
export function registerAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.url === undefined || !request.url.startsWith('/api/')) return;
    request.actor = await resolveActor(ctx, request);
    if (request.actor === null && request.routeOptions.config.public !== true)
      throw new UnauthenticatedError();
  });
}

/** The signed-in actor of a route that is not public (the hook above guarantees one). */
export function actorOf(request: FastifyRequest): Actor {
  if (request.actor === null) throw new UnauthenticatedError();
  return request.actor;
}
