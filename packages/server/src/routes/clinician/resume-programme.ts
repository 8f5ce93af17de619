// POST /api/patients/:patientId/resume: after assessment, a clinician resumes a stopped programme
// (no exerciseId) or one paused exercise.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { resumeProgramme } from '../../services/programme-changes.ts';
import { errors, IdempotencyHeaders, PatientParams, type ZodApp } from '../schemas.ts';
import { ChangeOutcome } from '../shapes.ts';

export default function resumeProgrammeRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/patients/:patientId/resume',
    schema: {
      tags: ['clinician'],
      summary: 'Resume a stopped programme or a paused exercise',
      params: PatientParams,
      headers: IdempotencyHeaders,
      body: z.object({ exerciseId: z.uuid().optional() }),
      response: { 200: ChangeOutcome, ...errors },
    },
    handler: async (request) =>
      resumeProgramme(
        app.ctx,
        actorOf(request),
        request.params.patientId,
        request.headers['idempotency-key'],
        request.body,
      ),
  });
}
