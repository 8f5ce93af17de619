// POST /api/patients/:patientId/symptoms: "anything unusual?" — an urgent symptom stops everything;
// a pausing one pauses its exercise and asks the red-flag questions again.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { reportSymptom } from '../../services/logs.ts';
import { errors, IdempotencyHeaders, LocalDate, PatientParams, type ZodApp } from '../schemas.ts';
import { EventOutcome } from '../shapes.ts';
import { SYMPTOMS } from '../vocabulary.ts';

export default function reportSymptomRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/patients/:patientId/symptoms',
    schema: {
      tags: ['logs'],
      summary: 'Report a safety symptom',
      params: PatientParams,
      headers: IdempotencyHeaders,
      body: z.object({ localDate: LocalDate, symptom: z.enum(SYMPTOMS), exerciseId: z.uuid().optional() }),
      response: { 201: EventOutcome, ...errors },
    },
    handler: async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const result = await reportSymptom(
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
