// DELETE /api/patients/:patientId/calendar-link: the calendar link stops working (the person, or their
// clinician when a link has leaked). `revoked` is false when there was no link.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { revokeCalendarLink } from '../../services/person-exports.ts';
import { errors, IdempotencyHeaders, PatientParams, type ZodApp } from '../schemas.ts';

export default function revokeCalendarLinkRoute(app: ZodApp): void {
  app.route({
    method: 'DELETE',
    url: '/api/patients/:patientId/calendar-link',
    schema: {
      tags: ['reminders'],
      summary: 'Stop the calendar link',
      params: PatientParams,
      headers: IdempotencyHeaders,
      response: { 200: z.object({ revoked: z.boolean() }), ...errors },
    },
    handler: async (request) =>
      revokeCalendarLink(
        app.ctx,
        actorOf(request),
        request.params.patientId,
        request.headers['idempotency-key'],
      ),
  });
}
