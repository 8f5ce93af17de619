// GET /api/patients/:patientId/mornings: morning check-ins, newest first.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { listLogs } from '../../services/log-history.ts';
import { errors, PatientParams, type ZodApp } from '../schemas.ts';
import { DateRange } from './date-range.ts';

const Morning = z.object({ id: z.string(), localDate: z.string(), pain: z.number(), createdAt: z.string() });

export default function listMorningsRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/patients/:patientId/mornings',
    schema: {
      tags: ['logs'],
      summary: 'List morning check-ins',
      params: PatientParams,
      querystring: DateRange,
      response: { 200: z.array(Morning), ...errors },
    },
    handler: async (request) =>
      listLogs(app.ctx, actorOf(request), request.params.patientId, 'morning', request.query) as Promise<
        z.infer<typeof Morning>[]
      >,
  });
}
