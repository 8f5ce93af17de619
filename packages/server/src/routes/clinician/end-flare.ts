// POST /api/patients/:patientId/flare/end: after assessment, a clinician ends an open flare; the
// person goes back to their pre-flare quotas at once (engine event `end_flare`).
import { actorOf } from '../../http/auth.ts';
import { endFlare } from '../../services/programme-changes.ts';
import { errors, IdempotencyHeaders, PatientParams, type ZodApp } from '../schemas.ts';
import { ChangeOutcome } from '../shapes.ts';

export default function endFlareRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/patients/:patientId/flare/end',
    schema: {
      tags: ['clinician'],
      summary: 'End an open flare after assessment',
      params: PatientParams,
      headers: IdempotencyHeaders,
      response: { 200: ChangeOutcome, ...errors },
    },
    handler: async (request) =>
      endFlare(app.ctx, actorOf(request), request.params.patientId, request.headers['idempotency-key']),
  });
}
