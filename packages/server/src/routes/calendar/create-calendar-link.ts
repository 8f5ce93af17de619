// POST /api/patients/:patientId/calendar-link: a secret link to my planned sessions for a calendar app
// (a new link replaces the old one, which stops working).
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { createCalendarLink } from '../../services/person-exports.ts';
import { errors, IdempotencyHeaders, PatientParams, type ZodApp } from '../schemas.ts';

export default function createCalendarLinkRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/patients/:patientId/calendar-link',
    schema: {
      tags: ['reminders'],
      summary: 'Make a calendar link (iCalendar feed) for my plan',
      params: PatientParams,
      headers: IdempotencyHeaders,
      response: {
        201: z.object({ path: z.string().describe('GET it for the .ics feed; keep it private') }),
        ...errors,
      },
    },
    handler: async (request, reply) => {
      const { patientId } = request.params;
      const link = await createCalendarLink(
        app.ctx,
        actorOf(request),
        patientId,
        request.headers['idempotency-key'],
      );
      return reply.code(201).send(link);
    },
  });
}
