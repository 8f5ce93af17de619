// POST /api/auth/sign-in: email and password → session cookie. Rate-limited per client address.
import { z } from 'zod';
import { isSecure, setSessionCookie } from '../../http/auth.ts';
import { getAccount } from '../../services/accounts.ts';
import { signIn } from '../../services/sign-in.ts';
import { errors, Text, type ZodApp } from '../schemas.ts';
import { AccountResponse } from './account-schema.ts';

const SignInBody = z.object({ email: Text().max(254), password: z.string().max(256) });

export default function signInRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/auth/sign-in',
    config: { public: true, rateLimit: app.web.signInRateLimit },
    schema: {
      tags: ['auth'],
      summary: 'Sign in',
      body: SignInBody,
      response: { 200: AccountResponse, ...errors },
    },
    handler: async (request, reply) => {
      const session = await signIn(app.ctx, request.body, request.headers['user-agent'] ?? null);
      setSessionCookie(reply, session.token, session.expiresAt, isSecure(request, app.web.secureCookies));
      return getAccount(app.ctx, session.accountId);
    },
  });
}
