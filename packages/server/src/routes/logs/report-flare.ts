// POST /api/patients/:patientId/flares: Report a flare ("I'm having a flare").
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { reportFlare } from '../../services/logs.ts';
import { errors, IdempotencyHeaders, LocalDate, PatientParams, type ZodApp } from '../schemas.ts';
import { EventOutcome } from '../shapes.ts';

export default function reportFlareRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/patients/:patientId/flares',
    schema: {
      tags: ['logs'],
      summary: "Report a flare (I'm having a flare)",
      params: PatientParams,
      headers: IdempotencyHeaders,
      body: z.object({ localDate: LocalDate }),
      response: { 201: EventOutcome, ...errors },
    },
    handler: async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const result = await reportFlare(
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
