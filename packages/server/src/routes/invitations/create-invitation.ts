// POST /api/invitations: a clinician invites a patient; an admin invites a clinician. The code is
// returned once (only its hash is stored).
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { createInvitation } from '../../services/invitations.ts';
import { errors, IdempotencyHeaders, type ZodApp } from '../schemas.ts';
import { InvitationShape } from './invitation-shape.ts';

const CreateInvitationBody = z.object({
  kind: z.enum(['patient', 'clinician']),
  email: z.email().max(254).optional(),
  expiresInDays: z.int().min(1).max(90).optional(),
});

export default function createInvitationRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/invitations',
    schema: {
      tags: ['invitations'],
      summary: 'Invite a patient (clinician) or a clinician (admin)',
      headers: IdempotencyHeaders,
      body: CreateInvitationBody,
      response: { 201: InvitationShape.extend({ code: z.string(), path: z.string() }), ...errors },
    },
    handler: async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const result = await createInvitation(app.ctx, actorOf(request), { requestId: key, ...request.body });
      return reply.code(201).send(result);
    },
  });
}
