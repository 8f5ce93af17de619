// GET /api/invitations/:code: what an invitation is for, before signing up with it (public).
import { z } from 'zod';
import { lookUpInvitation } from '../../services/invitations.ts';
import { errors, Text, type ZodApp } from '../schemas.ts';

export default function lookUpInvitationRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/invitations/:code',
    // Personal: it shows the invited person's email. Rate-limited per address, like sign-in.
    config: { public: true, personal: true, rateLimit: app.web.invitationRateLimit },
    schema: {
      tags: ['invitations'],
      summary: 'Look up an invitation code',
      params: z.object({ code: Text().min(4).max(40) }),
      response: {
        200: z.object({
          kind: z.enum(['patient', 'clinician']),
          clinicianName: z.string(),
          email: z.string().nullable(),
          expiresAt: z.string(),
        }),
        ...errors,
      },
    },
    handler: async (request) => {
      const found = await lookUpInvitation(app.ctx, request.params.code);
      return {
        kind: found.kind,
        clinicianName: found.invitedBy,
        email: found.email,
        expiresAt: found.expiresAt,
      };
    },
  });
}
