// GET /api/admin/clinicians: every clinician account (admin only).
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { listClinicians } from '../../services/admin.ts';
import { errors, type ZodApp } from '../schemas.ts';

export const ClinicianShape = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  isAdmin: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.string(),
});

export default function listCliniciansRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/admin/clinicians',
    schema: {
      tags: ['admin'],
      summary: 'List clinicians',
      response: { 200: z.array(ClinicianShape), ...errors },
    },
    handler: async (request) => listClinicians(app.ctx, actorOf(request)),
  });
}
