// POST /api/patients/:patientId/mornings: the morning check-in (one NRS, one a day). Before the
// programme starts, mornings feed the onboarding reference pain.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { logMorning, ONBOARDING_WINDOW_DAYS } from '../../services/logs.ts';
import { errors, IdempotencyHeaders, LocalDate, Pain, PatientParams, type ZodApp } from '../schemas.ts';
import { EventOutcome } from '../shapes.ts';

export default function logMorningRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/patients/:patientId/mornings',
    schema: {
      tags: ['logs'],
      summary: 'Morning check-in',
      params: PatientParams,
      headers: IdempotencyHeaders,
      body: z.object({
        localDate: LocalDate.describe(
          "No later than the person's tomorrow; a morning before the programme's day 1 no earlier " +
            `than ${ONBOARDING_WINDOW_DAYS} days before today (the onboarding window that gives the reference pain)`,
        ),
        pain: Pain,
      }),
      response: { 201: EventOutcome, ...errors },
    },
    handler: async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const result = await logMorning(app.ctx, actorOf(request), request.params.patientId, key, request.body);
      return reply.code(201).send(result);
    },
  });
}
