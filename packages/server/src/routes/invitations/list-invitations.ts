// GET /api/invitations: the invitations I created.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { listInvitations } from '../../services/invitations.ts';
import { errors, type ZodApp } from '../schemas.ts';
import { InvitationShape } from './invitation-shape.ts';

export default function listInvitationsRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/invitations',
    schema: {
      tags: ['invitations'],
      summary: 'My invitations',
      response: { 200: z.array(InvitationShape), ...errors },
    },
    handler: async (request) => listInvitations(app.ctx, actorOf(request)),
  });
}
