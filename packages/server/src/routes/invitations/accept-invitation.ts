// POST /api/invitations/accept: a signed-in patient (self-guided until now) joins a clinician.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { acceptInvitation } from '../../services/invitations.ts';
import { errors, Text, type ZodApp } from '../schemas.ts';

export default function acceptInvitationRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/invitations/accept',
    config: { rateLimit: app.web.invitationRateLimit },
    schema: {
      tags: ['invitations'],
      summary: 'Accept a clinician invitation',
      body: z.object({ code: Text().min(4).max(40) }),
      response: { 200: z.object({ clinicianId: z.string(), clinicianName: z.string() }), ...errors },
    },
    handler: async (request) => acceptInvitation(app.ctx, actorOf(request), request.body.code),
  });
}
