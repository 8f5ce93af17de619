// POST /api/patients/:patientId/crashes: Report a crash (post-exertional malaise).
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { reportCrash } from '../../services/logs.ts';
import { errors, IdempotencyHeaders, LocalDate, PatientParams, type ZodApp } from '../schemas.ts';
import { EventOutcome } from '../shapes.ts';

export default function reportCrashRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/patients/:patientId/crashes',
    schema: {
      tags: ['logs'],
      summary: 'Report a crash (post-exertional malaise)',
      params: PatientParams,
      headers: IdempotencyHeaders,
      body: z.object({ localDate: LocalDate }),
      response: { 201: EventOutcome, ...errors },
    },
    handler: async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const result = await reportCrash(
        app.ctx,
        actorOf(request),
        request.params.patientId,
        key,
        request.body.localDate,
      );
      return reply.code(201).send(result);
    },
  });
}
