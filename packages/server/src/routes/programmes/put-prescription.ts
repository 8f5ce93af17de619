// PUT /api/patients/:patientId/programme/exercises/:exerciseId/prescription: the clinician sets or
// changes the sets, load and rest of one exercise (draft or running); the engine's quota is untouched.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { setPrescription } from '../../services/programmes.ts';
import { errors, IdempotencyHeaders, type ZodApp } from '../schemas.ts';
import { ProgrammeShape } from '../shapes.ts';
import { PrescriptionFields } from './exercise-body.ts';

const Body = z.object({
  sets: PrescriptionFields.shape.sets.unwrap().nullable(),
  loadKg: PrescriptionFields.shape.loadKg.unwrap().nullable(),
  restSeconds: PrescriptionFields.shape.restSeconds.unwrap().nullable(),
});

export default function putPrescriptionRoute(app: ZodApp): void {
  app.route({
    method: 'PUT',
    url: '/api/patients/:patientId/programme/exercises/:exerciseId/prescription',
    schema: {
      tags: ['programme'],
      summary: 'Set the sets, load and rest of an exercise (null clears one)',
      params: z.object({ patientId: z.uuid(), exerciseId: z.uuid() }),
      headers: IdempotencyHeaders,
      body: Body,
      response: { 200: ProgrammeShape, ...errors },
    },
    handler: async (request) => {
      const { patientId, exerciseId } = request.params;
      return setPrescription(
        app.ctx,
        actorOf(request),
        patientId,
        request.headers['idempotency-key'],
        exerciseId,
        request.body,
      );
    },
  });
}
