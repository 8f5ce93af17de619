// GET /api/alerts: unacknowledged alerts across my caseload (clinician).
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { getCaseloadAlerts } from '../../services/alerts.ts';
import { errors, type ZodApp } from '../schemas.ts';
import { AlertShape } from './alert-shape.ts';

export default function listAlertsRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/alerts',
    schema: {
      tags: ['alerts'],
      summary: 'Open alerts of my caseload',
      response: { 200: z.array(AlertShape), ...errors },
    },
    handler: async (request) => getCaseloadAlerts(app.ctx, actorOf(request)),
  });
}
