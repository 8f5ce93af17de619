// GET /api/patients/:patientId/sessions: logged sessions, newest first.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { listLogs } from '../../services/log-history.ts';
import { errors, PatientParams, type ZodApp } from '../schemas.ts';
import { SessionShape } from '../shapes.ts';
import { DateRange } from './date-range.ts';

export default function listSessionLogsRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/patients/:patientId/sessions',
    schema: {
      tags: ['logs'],
      summary: 'List sessions',
      params: PatientParams,
      querystring: DateRange,
      response: { 200: z.array(SessionShape), ...errors },
    },
    handler: async (request) =>
      listLogs(app.ctx, actorOf(request), request.params.patientId, 'session', request.query) as Promise<
        z.infer<typeof SessionShape>[]
      >,
  });
}
