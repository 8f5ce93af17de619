// DELETE /api/auth/sessions/:sessionId: sign out one of my sessions (e.g. a lost phone).
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { revokeSession } from '../../services/sign-in.ts';
import { errors, Ok, type ZodApp } from '../schemas.ts';

export default function revokeSessionRoute(app: ZodApp): void {
  app.route({
    method: 'DELETE',
    url: '/api/auth/sessions/:sessionId',
    schema: {
      tags: ['auth'],
      summary: 'Revoke one of my sessions',
      params: z.object({ sessionId: z.uuid() }),
      response: { 200: Ok, ...errors },
    },
    handler: async (request) => {
      await revokeSession(app.ctx, actorOf(request), request.params.sessionId);
      return { ok: true as const };
    },
  });
}
