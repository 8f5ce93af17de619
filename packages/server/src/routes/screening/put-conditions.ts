// PUT /api/patients/:patientId/conditions: the person's conditions, which choose the presets (§9).
import { CONDITION_IDS } from '@steadily/core';
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { putConditions } from '../../services/screening.ts';
import { errors, IdempotencyHeaders, PatientParams, type ZodApp } from '../schemas.ts';

export default function putConditionsRoute(app: ZodApp): void {
  app.route({
    method: 'PUT',
    url: '/api/patients/:patientId/conditions',
    schema: {
      tags: ['screening'],
      summary: 'Set conditions (→ presets)',
      params: PatientParams,
      headers: IdempotencyHeaders,
      body: z.object({ conditions: z.array(z.enum(CONDITION_IDS)).max(CONDITION_IDS.length) }),
      response: {
        200: z.object({ conditions: z.array(z.string()), presets: z.array(z.string()) }),
        ...errors,
      },
    },
    handler: async (request) =>
      putConditions(
        app.ctx,
        actorOf(request),
        request.params.patientId,
        request.headers['idempotency-key'],
        request.body.conditions,
      ),
  });
}
