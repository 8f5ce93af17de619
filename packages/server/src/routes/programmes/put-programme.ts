// PUT /api/patients/:patientId/programme: build (or rebuild) the draft programme.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { putProgramme } from '../../services/programmes.ts';
import { errors, IdempotencyHeaders, PatientParams, Text, type ZodApp } from '../schemas.ts';
import { ProgrammeShape } from '../shapes.ts';
import { ExerciseBody } from './exercise-body.ts';

const ProgrammeBody = z.object({
  exercises: z.array(ExerciseBody).min(1).max(20),
  flarePlan: Text().max(4000).optional(),
});

export default function putProgrammeRoute(app: ZodApp): void {
  app.route({
    method: 'PUT',
    url: '/api/patients/:patientId/programme',
    schema: {
      tags: ['programme'],
      summary: 'Build the draft programme',
      params: PatientParams,
      headers: IdempotencyHeaders,
      body: ProgrammeBody,
      response: { 200: ProgrammeShape, ...errors },
    },
    handler: async (request) =>
      putProgramme(
        app.ctx,
        actorOf(request),
        request.params.patientId,
        request.headers['idempotency-key'],
        request.body,
      ),
  });
}
