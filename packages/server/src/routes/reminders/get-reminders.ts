// GET /api/patients/:patientId/reminders: my reminder times.
import { actorOf } from '../../http/auth.ts';
import { getReminders } from '../../services/reminders.ts';
import { errors, PatientParams, type ZodApp } from '../schemas.ts';
import { RemindersShape } from './put-reminders.ts';

export default function getRemindersRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/patients/:patientId/reminders',
    schema: {
      tags: ['reminders'],
      summary: 'Reminder times',
      params: PatientParams,
      response: { 200: RemindersShape, ...errors },
    },
    handler: async (request) => getReminders(app.ctx, actorOf(request), request.params.patientId),
  });
}
