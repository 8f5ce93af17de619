// POST /api/invitations/:invitationId/revoke: withdraw an unused invitation I created.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { revokeInvitation } from '../../services/invitations.ts';
import { errors, Ok, type ZodApp } from '../schemas.ts';

export default function revokeInvitationRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/invitations/:invitationId/revoke',
    schema: {
      tags: ['invitations'],
      summary: 'Revoke an invitation',
      params: z.object({ invitationId: z.uuid() }),
      response: { 200: Ok, ...errors },
    },
    handler: async (request) => {
      await revokeInvitation(app.ctx, actorOf(request), request.params.invitationId);
      return { ok: true as const };
    },
  });
}
