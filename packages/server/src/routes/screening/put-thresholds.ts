// PUT /api/patients/:patientId/thresholds: per-person overrides of SPEC §14's numbers (clinician).
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { putThresholds } from '../../services/screening.ts';
import { errors, IdempotencyHeaders, PatientParams, type ZodApp } from '../schemas.ts';

const Pain = z.number().min(0).max(10);
const ThresholdsBody = z.object({
  thresholds: z.strictObject({
    ceiling: Pain.optional(),
    rise: Pain.optional(),
    hardCeiling: Pain.optional(),
    startPct: z.number().gt(0).max(100).optional(),
    progressPct: z.number().min(0).max(100).optional(),
    greensToProgress: z.int().min(1).max(14).optional(),
    stepBack: z.number().gt(0).lt(1).optional(),
    capFactor: z.number().gt(1).max(3).optional(),
    capDays: z.int().min(1).max(60).optional(),
    amberBelowPct: z.number().min(0).max(100).optional(),
    amberAbovePct: z.number().min(100).max(1000).optional(),
    flareFactors: z.array(z.number().gt(0).max(1)).min(1).max(5).optional(),
    // The personal dosing model's own numbers (issue 11, docs/dosing.md); "classic" ignores them.
    noisePrior: z.number().gt(0).max(10).optional(),
    noiseBand: z.number().gt(0).max(10).optional(),
    responsePrior: z.number().min(0).max(10).optional(),
    responseFlat: z.number().min(0).max(10).optional(),
    changeDays: z.int().min(1).max(60).optional(),
    floorDays: z.int().min(1).max(60).optional(),
  }),
});

export default function putThresholdsRoute(app: ZodApp): void {
  app.route({
    method: 'PUT',
    url: '/api/patients/:patientId/thresholds',
    schema: {
      tags: ['screening'],
      summary: 'Set per-person thresholds',
      params: PatientParams,
      headers: IdempotencyHeaders,
      body: ThresholdsBody,
      response: { 200: z.object({ thresholds: z.record(z.string(), z.unknown()) }), ...errors },
    },
    handler: async (request) =>
      putThresholds(
        app.ctx,
        actorOf(request),
        request.params.patientId,
        request.headers['idempotency-key'],
        request.body.thresholds,
      ),
  });
}
