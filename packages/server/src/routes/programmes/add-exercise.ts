// POST /api/patients/:patientId/programme/exercises: add an exercise to the running programme; it
// starts at its starting quota (an `add_exercise` event).
import { actorOf } from '../../http/auth.ts';
import { addExercise } from '../../services/programme-changes.ts';
import { errors, IdempotencyHeaders, PatientParams, type ZodApp } from '../schemas.ts';
import { ChangeOutcome } from '../shapes.ts';
import { ExerciseBody } from './exercise-body.ts';

export default function addExerciseRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/patients/:patientId/programme/exercises',
    schema: {
      tags: ['programme'],
      summary: 'Add an exercise to the running programme',
      params: PatientParams,
      headers: IdempotencyHeaders,
      body: ExerciseBody,
      response: { 201: ChangeOutcome, ...errors },
    },
    handler: async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const result = await addExercise(
        app.ctx,
        actorOf(request),
        request.params.patientId,
        key,
        request.body,
      );
      return reply.code(201).send(result);
    },
  });
}
