// GET /api/patients: a clinician's caseload sorted by risk (SPEC §12), or the patient themselves.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { listPatients } from '../../services/patients.ts';
import { errors, type ZodApp } from '../schemas.ts';
import { PatientSummaryShape } from '../shapes.ts';

export default function listPatientsRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/patients',
    schema: {
      tags: ['patients'],
      summary: 'My patients (by risk)',
      response: { 200: z.array(PatientSummaryShape), ...errors },
    },
    handler: async (request) => listPatients(app.ctx, actorOf(request)),
  });
}
