// GET /api/patients/:patientId/decisions: the decision timeline, each with its inputs and reason.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { listDecisionTimeline } from '../../services/timeline.ts';
import { errors, PatientParams, type ZodApp } from '../schemas.ts';
import { DecisionShape } from '../shapes.ts';

const DecisionQuery = z.object({
  fromDay: z.coerce.number().int().min(1).optional(),
  toDay: z.coerce.number().int().min(1).optional(),
  exerciseId: z.uuid().optional(),
});

export default function listDecisionsRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/patients/:patientId/decisions',
    schema: {
      tags: ['plan'],
      summary: 'Decision timeline',
      params: PatientParams,
      querystring: DecisionQuery,
      response: { 200: z.array(DecisionShape), ...errors },
    },
    handler: async (request) =>
      listDecisionTimeline(app.ctx, actorOf(request), request.params.patientId, request.query),
  });
}
