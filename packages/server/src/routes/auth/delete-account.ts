// DELETE /api/account: delete my account and all my data (asks for the password again).
import { z } from 'zod';
import { actorOf, clearSessionCookie, isSecure } from '../../http/auth.ts';
import { deleteMe } from '../../services/accounts.ts';
import { errors, Ok, type ZodApp } from '../schemas.ts';

const DeleteAccountBody = z.object({ password: z.string().max(256) });

export default function deleteAccountRoute(app: ZodApp): void {
  app.route({
    method: 'DELETE',
    url: '/api/account',
    schema: {
      tags: ['auth'],
      summary: 'Delete my account and data',
      body: DeleteAccountBody,
      response: { 200: Ok, ...errors },
    },
    handler: async (request, reply) => {
      await deleteMe(app.ctx, actorOf(request), request.body.password);
      clearSessionCookie(reply, isSecure(request, app.web.secureCookies));
      return { ok: true as const };
    },
  });
}
