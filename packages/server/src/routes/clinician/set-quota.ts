// POST /api/patients/:patientId/quotas: set an exercise's quota (a clinician; the person themselves
// in pacing mode, SPEC §8).
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { setQuota } from '../../services/programme-changes.ts';
import { errors, IdempotencyHeaders, PatientParams, type ZodApp } from '../schemas.ts';
import { ChangeOutcome } from '../shapes.ts';

export default function setQuotaRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/patients/:patientId/quotas',
    schema: {
      tags: ['clinician'],
      summary: 'Set a quota',
      params: PatientParams,
      headers: IdempotencyHeaders,
      body: z.object({ exerciseId: z.uuid(), quota: z.number().positive().max(100_000) }),
      response: { 200: ChangeOutcome, ...errors },
    },
    handler: async (request) =>
      setQuota(
        app.ctx,
        actorOf(request),
        request.params.patientId,
        request.headers['idempotency-key'],
        request.body,
      ),
  });
}
