// POST /api/patients/:patientId/dosing-notice/close: the person closes the notice that their plan now
// follows their own pattern (the release switch, issue 11); it is shown once.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { closeDosingNotice } from '../../services/dosing.ts';
import { errors, IdempotencyHeaders, PatientParams, type ZodApp } from '../schemas.ts';

export default function closeDosingNoticeRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/patients/:patientId/dosing-notice/close',
    schema: {
      tags: ['plan'],
      summary: 'Close the dosing switch notice',
      params: PatientParams,
      headers: IdempotencyHeaders,
      response: { 200: z.object({ closed: z.literal(true) }), ...errors },
    },
    handler: async (request) =>
      closeDosingNotice(
        app.ctx,
        actorOf(request),
        request.params.patientId,
        request.headers['idempotency-key'],
      ),
  });
}
