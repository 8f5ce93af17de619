// POST /api/patients/:patientId/alerts/acknowledge: a clinician has seen an alert.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { acknowledgeAlert } from '../../services/alerts.ts';
import { errors, IdempotencyHeaders, PatientParams, Text, type ZodApp } from '../schemas.ts';

export default function acknowledgeAlertRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/patients/:patientId/alerts/acknowledge',
    schema: {
      tags: ['alerts'],
      summary: 'Acknowledge an alert',
      params: PatientParams,
      headers: IdempotencyHeaders,
      body: z.object({ alertKey: Text().min(1).max(200) }),
      response: { 200: z.object({ alertKey: z.string(), acknowledgedAt: z.string() }), ...errors },
    },
    handler: async (request) => {
      const key = request.headers['idempotency-key'];
      return acknowledgeAlert(
        app.ctx,
        actorOf(request),
        request.params.patientId,
        key,
        request.body.alertKey,
      );
    },
  });
}
