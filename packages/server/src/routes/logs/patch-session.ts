// PATCH /api/patients/:patientId/sessions/:sessionId: the same as POST …/after, for clients that
// update a resource rather than post an answer: pain after, given later, and the day replayed.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { answerAfter } from '../../services/pain-after.ts';
import { errors, IdempotencyHeaders, Pain, type ZodApp } from '../schemas.ts';
import { DecisionShape, SessionShape } from '../shapes.ts';

export default function patchSessionRoute(app: ZodApp): void {
  app.route({
    method: 'PATCH',
    url: '/api/patients/:patientId/sessions/:sessionId',
    schema: {
      tags: ['logs'],
      summary: 'Give pain after for a session',
      params: z.object({ patientId: z.uuid(), sessionId: z.uuid() }),
      headers: IdempotencyHeaders,
      body: z.object({ after: Pain }),
      response: {
        200: z.object({
          session: SessionShape,
          decisions: z.array(DecisionShape),
          replayedFromDay: z.int().nullable(),
        }),
        ...errors,
      },
    },
    handler: async (request) => {
      const { patientId, sessionId } = request.params;
      const key = request.headers['idempotency-key'];
      return answerAfter(app.ctx, actorOf(request), patientId, key, sessionId, request.body.after);
    },
  });
}
