// POST /api/patients/:patientId/red-flags: the red-flag questions answered again (after a pausing
// symptom, or any time). Any red flag stops the programme until a clinician resumes it.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { reportRedFlags } from '../../services/logs.ts';
import { errors, IdempotencyHeaders, LocalDate, PatientParams, type ZodApp } from '../schemas.ts';
import { EventOutcome } from '../shapes.ts';
import { RED_FLAG_IDS } from '../vocabulary.ts';

export default function reportRedFlagsRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/patients/:patientId/red-flags',
    schema: {
      tags: ['logs'],
      summary: 'Answer the red-flag questions again',
      params: PatientParams,
      headers: IdempotencyHeaders,
      body: z.object({
        localDate: LocalDate,
        redFlags: z.array(z.enum(RED_FLAG_IDS)).max(RED_FLAG_IDS.length),
      }),
      response: { 201: EventOutcome, ...errors },
    },
    handler: async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const result = await reportRedFlags(
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
