// Pain after, answered later; the session's day is replayed so its zone and every later decision
// follow. Two doors to the same action: POST …/sessions/:sessionId/after, and PATCH
// …/sessions/:sessionId for clients that update a resource rather than post an answer.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { answerAfter } from '../../services/pain-after.ts';
import { errors, IdempotencyHeaders, Pain, type ZodApp } from '../schemas.ts';
import { DecisionShape, SessionShape } from '../shapes.ts';

const DOORS = [
  {
    method: 'POST',
    url: '/api/patients/:patientId/sessions/:sessionId/after',
    summary: 'Answer pain after for a session',
  },
  {
    method: 'PATCH',
    url: '/api/patients/:patientId/sessions/:sessionId',
    summary: 'Give pain after for a session',
  },
] as const;

export default function answerAfterRoute(app: ZodApp): void {
  for (const { method, url, summary } of DOORS) {
    app.route({
      method,
      url,
      schema: {
        tags: ['logs'],
        summary,
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
}
