// GET /api/patients/:patientId/progress: progress beyond pain (core's summariseProgress): capacity
// against baseline, weekly volume, "same pain, more work", consistency, flare durations, measures.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { getProgress } from '../../services/progress.ts';
import { errors, PatientParams, type ZodApp } from '../schemas.ts';

export default function getProgressRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/patients/:patientId/progress',
    schema: {
      tags: ['plan'],
      summary: 'Progress beyond pain',
      params: PatientParams,
      response: { 200: z.looseObject({ startDate: z.string(), weeksSinceStart: z.int() }), ...errors },
    },
    handler: async (request) => getProgress(app.ctx, actorOf(request), request.params.patientId),
  });
}
