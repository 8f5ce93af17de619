// PUT /api/patients/:patientId/reference-pain: the onboarding reference morning pain, when entered
// rather than taken from the first three mornings.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { putReferencePain } from '../../services/screening.ts';
import { errors, IdempotencyHeaders, PatientParams, type ZodApp } from '../schemas.ts';

export default function putReferencePainRoute(app: ZodApp): void {
  app.route({
    method: 'PUT',
    url: '/api/patients/:patientId/reference-pain',
    schema: {
      tags: ['screening'],
      summary: 'Set the reference morning pain',
      params: PatientParams,
      headers: IdempotencyHeaders,
      body: z.object({ referenceMorningPain: z.number().min(0).max(10) }),
      response: { 200: z.object({ referenceMorningPain: z.number() }), ...errors },
    },
    handler: async (request) =>
      putReferencePain(
        app.ctx,
        actorOf(request),
        request.params.patientId,
        request.headers['idempotency-key'],
        request.body.referenceMorningPain,
      ),
  });
}
