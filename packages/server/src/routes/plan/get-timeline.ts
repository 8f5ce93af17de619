// GET /api/patients/:patientId/timeline: events, decisions and notices of the running programme.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { getTimeline } from '../../services/timeline.ts';
import { DateRange } from '../logs/date-range.ts';
import { errors, PatientParams, type ZodApp } from '../schemas.ts';
import { DecisionShape, DosingShape, EventShape, NoticeShape } from '../shapes.ts';

export default function getTimelineRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/patients/:patientId/timeline',
    schema: {
      tags: ['plan'],
      summary: 'Timeline',
      params: PatientParams,
      querystring: DateRange,
      response: {
        200: z.object({
          startDate: z.string(),
          events: z.array(EventShape),
          decisions: z.array(DecisionShape),
          notices: z.array(NoticeShape),
          dosing: DosingShape,
        }),
        ...errors,
      },
    },
    handler: async (request) =>
      getTimeline(app.ctx, actorOf(request), request.params.patientId, request.query),
  });
}
