// POST /api/patients/:patientId/sessions: log a session (SPEC §4). The common case is three answers:
// dose done, peak pain during, pain after (which may come later, see answer-after.ts).
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { logSession } from '../../services/logs.ts';
import { errors, IdempotencyHeaders, LocalDate, Pain, PatientParams, Text, type ZodApp } from '../schemas.ts';
import { EventOutcome } from '../shapes.ts';
import { SYMPTOMS } from '../vocabulary.ts';

const SessionBody = z.object({
  localDate: LocalDate,
  exerciseId: z.uuid(),
  done: z.union([z.number().min(0).max(100_000), z.literal('quota')]).describe('Amount done, or "quota"'),
  peak: Pain.describe('Peak pain during'),
  after: Pain.optional().describe('Pain about an hour after (may be answered later)'),
  before: Pain.optional(),
  effort: z.int().min(0).max(10).optional(),
  note: Text().max(2000).optional(),
  symptom: z.enum(SYMPTOMS).optional(),
});

export default function logSessionRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/patients/:patientId/sessions',
    schema: {
      tags: ['logs'],
      summary: 'Log a session',
      params: PatientParams,
      headers: IdempotencyHeaders,
      body: SessionBody,
      response: { 201: EventOutcome, ...errors },
    },
    handler: async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const result = await logSession(app.ctx, actorOf(request), request.params.patientId, key, request.body);
      return reply.code(201).send(result);
    },
  });
}
