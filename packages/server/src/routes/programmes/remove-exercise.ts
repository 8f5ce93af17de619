// DELETE /api/patients/:patientId/programme/exercises/:exerciseId: take an exercise out of the
// running programme (a `remove_exercise` event); its history stays.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { removeExercise } from '../../services/programme-changes.ts';
import { errors, IdempotencyHeaders, type ZodApp } from '../schemas.ts';
import { ChangeOutcome } from '../shapes.ts';

export default function removeExerciseRoute(app: ZodApp): void {
  app.route({
    method: 'DELETE',
    url: '/api/patients/:patientId/programme/exercises/:exerciseId',
    schema: {
      tags: ['programme'],
      summary: 'Remove an exercise from the running programme',
      params: z.object({ patientId: z.uuid(), exerciseId: z.uuid() }),
      headers: IdempotencyHeaders,
      response: { 200: ChangeOutcome, ...errors },
    },
    handler: async (request) => {
      const { patientId, exerciseId } = request.params;
      return removeExercise(
        app.ctx,
        actorOf(request),
        patientId,
        request.headers['idempotency-key'],
        exerciseId,
      );
    },
  });
}
