// POST /api/patients/:patientId/clearance: clearance to exercise, by the clinician or, self-guided,
// by the person confirming with a date that a health professional cleared them.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { recordClearance } from '../../services/screening.ts';
import { errors, IdempotencyHeaders, LocalDate, PatientParams, Text, type ZodApp } from '../schemas.ts';

const ClearanceBody = z.object({
  clearedOn: LocalDate,
  clearedBy: Text().trim().min(1).max(200).optional().describe('Who cleared the person (self-guided)'),
});

export default function recordClearanceRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/patients/:patientId/clearance',
    schema: {
      tags: ['screening'],
      summary: 'Record clearance',
      params: PatientParams,
      headers: IdempotencyHeaders,
      body: ClearanceBody,
      response: {
        200: z.object({
          clearedOn: z.string(),
          clearedBy: z.string().nullable(),
          recordedBy: z.string(),
          kind: z.string(),
          recordedAt: z.string(),
        }),
        ...errors,
      },
    },
    handler: async (request) =>
      recordClearance(
        app.ctx,
        actorOf(request),
        request.params.patientId,
        request.headers['idempotency-key'],
        request.body,
      ),
  });
}
