// POST /api/auth/sign-up: create an account and sign in. The first account on a server is its admin;
// after that, without an invitation code, only a self-guided patient can sign up.
import { z } from 'zod';
import { isSecure, setSessionCookie } from '../../http/auth.ts';
import { getAccount, signUp } from '../../services/accounts.ts';
import { errors, Text, TimeZone, type ZodApp } from '../schemas.ts';
import { AccountResponse, Email, Password } from './account-schema.ts';

const SignUpBody = z.object({
  email: Email,
  password: Password,
  displayName: Text().trim().min(1).max(100),
  timeZone: TimeZone,
  locale: z.enum(['en', 'es']).optional(),
  role: z
    .enum(['patient', 'clinician'])
    .optional()
    .describe('Only for the first account; otherwise from the invitation'),
  invitationCode: Text().min(4).max(40).optional(),
});

export default function signUpRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/auth/sign-up',
    config: { public: true, rateLimit: app.web.signUpRateLimit },
    schema: {
      tags: ['auth'],
      summary: 'Sign up',
      body: SignUpBody,
      response: { 201: AccountResponse, ...errors },
    },
    handler: async (request, reply) => {
      const session = await signUp(app.ctx, request.body, request.headers['user-agent'] ?? null);
      setSessionCookie(reply, session.token, session.expiresAt, isSecure(request, app.web.secureCookies));
      return reply.code(201).send(await getAccount(app.ctx, session.accountId));
    },
  });
}
