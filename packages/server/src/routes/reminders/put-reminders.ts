// PUT /api/patients/:patientId/reminders: the times of day (the person's time zone) to be reminded.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { putReminders } from '../../services/reminders.ts';
import { errors, IdempotencyHeaders, PatientParams, type ZodApp } from '../schemas.ts';

const ReminderTimes = z.object({
  times: z.array(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM')).max(6),
});
export const RemindersShape = z.object({ times: z.array(z.string()), timeZone: z.string() });

export default function putRemindersRoute(app: ZodApp): void {
  app.route({
    method: 'PUT',
    url: '/api/patients/:patientId/reminders',
    schema: {
      tags: ['reminders'],
      summary: 'Set reminder times',
      params: PatientParams,
      headers: IdempotencyHeaders,
      body: ReminderTimes,
      response: { 200: RemindersShape, ...errors },
    },
    handler: async (request) =>
      putReminders(
        app.ctx,
        actorOf(request),
        request.params.patientId,
        request.headers['idempotency-key'],
        request.body.times,
      ),
  });
}
