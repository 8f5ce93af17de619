// PATCH /api/admin/clinicians/:accountId: disable a clinician or make them admin (admin only).
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { updateClinician } from '../../services/admin.ts';
import { errors, type ZodApp } from '../schemas.ts';
import { ClinicianShape } from './list-clinicians.ts';

const UpdateClinicianBody = z.object({
  disabled: z.boolean().optional(),
  isAdmin: z.boolean().optional(),
});

export default function updateClinicianRoute(app: ZodApp): void {
  app.route({
    method: 'PATCH',
    url: '/api/admin/clinicians/:accountId',
    schema: {
      tags: ['admin'],
      summary: 'Manage a clinician',
      params: z.object({ accountId: z.uuid() }),
      body: UpdateClinicianBody,
      response: { 200: ClinicianShape, ...errors },
    },
    handler: async (request) =>
      updateClinician(app.ctx, actorOf(request), request.params.accountId, request.body),
  });
}
