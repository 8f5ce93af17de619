// GET /api/patients/:patientId/alerts: every alert of one patient, acknowledged or not (clinician).
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { getPatientAlerts } from '../../services/alerts.ts';
import { errors, PatientParams, type ZodApp } from '../schemas.ts';
import { AlertShape } from './alert-shape.ts';

export default function listPatientAlertsRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/patients/:patientId/alerts',
    schema: {
      tags: ['alerts'],
      summary: "A patient's alerts",
      params: PatientParams,
      response: { 200: z.array(AlertShape), ...errors },
    },
    handler: async (request) => getPatientAlerts(app.ctx, actorOf(request), request.params.patientId),
  });
}
