// POST /api/patients/:patientId/programme/exercises/:exerciseId/baseline-trials: one tolerance trial
// ("until you'd rather stop — not until it hurts a lot"); up to 3 per exercise.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { addBaselineTrial } from '../../services/programmes.ts';
import { errors, IdempotencyHeaders, LocalDate, type ZodApp } from '../schemas.ts';
import { ProgrammeShape } from '../shapes.ts';

export default function addBaselineTrialRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/patients/:patientId/programme/exercises/:exerciseId/baseline-trials',
    schema: {
      tags: ['programme'],
      summary: 'Add a baseline trial',
      params: z.object({ patientId: z.uuid(), exerciseId: z.uuid() }),
      headers: IdempotencyHeaders,
      body: z.object({ value: z.number().positive().max(100_000), localDate: LocalDate }),
      response: { 201: ProgrammeShape, ...errors },
    },
    handler: async (request, reply) => {
      const { patientId, exerciseId } = request.params;
      const key = request.headers['idempotency-key'];
      const result = await addBaselineTrial(app.ctx, actorOf(request), patientId, key, {
        exerciseId,
        ...request.body,
      });
      return reply.code(201).send(result);
    },
  });
}
