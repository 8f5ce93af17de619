// PUT /api/patients/:patientId/screening: PAR-Q+ answers (with follow-ups), red flags and the PEM
// screen → clear / needs_clearance / stopped, and pacing. While a programme runs, red flags stop it.

import { CLEARANCE_QUESTIONS, FOLLOW_UP_QUESTIONS } from '@steadily/core';
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { putScreening } from '../../services/screening.ts';
import { errors, IdempotencyHeaders, PatientParams, type ZodApp } from '../schemas.ts';
import { RED_FLAG_IDS } from '../vocabulary.ts';

const FOLLOW_UP_IDS = Object.values(FOLLOW_UP_QUESTIONS).flat() as [string, ...string[]];

const ScreeningBody = z.object({
  clearance: z.object({
    general: z
      .array(z.boolean())
      .length(CLEARANCE_QUESTIONS.length)
      .describe(`Answers to ${CLEARANCE_QUESTIONS.join(', ')}`),
    followUps: z.partialRecord(z.enum(FOLLOW_UP_IDS), z.boolean()).optional(),
  }),
  redFlags: z.array(z.enum(RED_FLAG_IDS)).max(RED_FLAG_IDS.length),
  pem: z.boolean(),
});

export default function putScreeningRoute(app: ZodApp): void {
  app.route({
    method: 'PUT',
    url: '/api/patients/:patientId/screening',
    schema: {
      tags: ['screening'],
      summary: 'Answer the safety screening',
      params: PatientParams,
      headers: IdempotencyHeaders,
      body: ScreeningBody,
      response: {
        200: z.object({
          status: z.enum(['clear', 'needs_clearance', 'stopped']),
          pacing: z.boolean(),
          followUpsOpened: z.boolean(),
        }),
        ...errors,
      },
    },
    handler: async (request) =>
      putScreening(
        app.ctx,
        actorOf(request),
        request.params.patientId,
        request.headers['idempotency-key'],
        request.body,
      ),
  });
}
