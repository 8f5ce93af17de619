// POST /api/patients/:patientId/dosing: a clinician switches the dosing model of the running programme
// (a dated `set_dosing` engine event: decisions before it stay as they were; docs/dosing.md).
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { setDosing } from '../../services/dosing.ts';
import { errors, IdempotencyHeaders, PatientParams, type ZodApp } from '../schemas.ts';
import { DecisionShape } from '../shapes.ts';

export default function setDosingRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/patients/:patientId/dosing',
    schema: {
      tags: ['clinician'],
      summary: 'Switch the dosing model',
      params: PatientParams,
      headers: IdempotencyHeaders,
      body: z.object({ dosing: z.enum(['classic', 'personal']) }),
      response: {
        200: z.object({
          dosing: z.enum(['classic', 'personal']),
          rulesVersion: z.int(),
          localDate: z
            .string()
            .nullable()
            .describe('The day the change takes effect; null when the model was already in force'),
          decisions: z.array(DecisionShape),
        }),
        ...errors,
      },
    },
    handler: async (request) =>
      setDosing(
        app.ctx,
        actorOf(request),
        request.params.patientId,
        request.headers['idempotency-key'],
        request.body,
      ),
  });
}
