// POST /api/patients/:patientId/programme/start: start the draft (core's startEngine): the starting
// quotas come back as `start` decisions, unless screening waits for clearance or stopped.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { START_DAYS_AHEAD, START_DAYS_BACK, startProgramme } from '../../services/programme-start.ts';
import { errors, IdempotencyHeaders, LocalDate, PatientParams, type ZodApp } from '../schemas.ts';
import { DecisionShape, ProgrammeShape } from '../shapes.ts';

export default function startProgrammeRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/patients/:patientId/programme/start',
    schema: {
      tags: ['programme'],
      summary: 'Start the programme',
      params: PatientParams,
      headers: IdempotencyHeaders,
      body: z.object({
        startDate: LocalDate.optional().describe(
          `Day 1; default today. From ${START_DAYS_BACK} days before to ${START_DAYS_AHEAD} days after the person's today`,
        ),
        dosing: z
          .enum(['classic', 'personal'])
          .optional()
          .describe('The dosing model (docs/dosing.md); default "personal"'),
      }),
      response: { 200: ProgrammeShape.extend({ decisions: z.array(DecisionShape) }), ...errors },
    },
    handler: async (request) =>
      startProgramme(
        app.ctx,
        actorOf(request),
        request.params.patientId,
        request.headers['idempotency-key'],
        request.body,
      ),
  });
}
