// POST /api/auth/sign-out: ends this session.
import { actorOf, clearSessionCookie, isSecure } from '../../http/auth.ts';
import { signOut } from '../../services/sign-in.ts';
import { errors, Ok, type ZodApp } from '../schemas.ts';

export default function signOutRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/auth/sign-out',
    schema: { tags: ['auth'], summary: 'Sign out', response: { 200: Ok, ...errors } },
    handler: async (request, reply) => {
      await signOut(app.ctx, actorOf(request));
      clearSessionCookie(reply, isSecure(request, app.web.secureCookies));
      return { ok: true as const };
    },
  });
}
