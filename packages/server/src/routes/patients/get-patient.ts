// GET /api/patients/:patientId: one person's record (screening, presets, thresholds, programme).
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { getPatient } from '../../services/patients.ts';
import { errors, PatientParams, type ZodApp } from '../schemas.ts';

const PatientShape = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string(),
  timeZone: z.string(),
  locale: z.string(),
  selfGuided: z.boolean(),
  clinicians: z.array(z.object({ id: z.string(), displayName: z.string() })),
  conditions: z.array(z.string()),
  presets: z.array(z.string()),
  thresholds: z.record(z.string(), z.unknown()),
  referenceMorningPain: z.number().nullable(),
  screening: z.unknown(),
  screeningStatus: z.string().nullable(),
  pacing: z.boolean(),
  clearance: z.unknown(),
  mode: z.string().nullable(),
  flags: z.array(z.string()),
  riskRank: z.int(),
  programme: z.object({
    active: z.string().nullable(),
    activeStartDate: z.string().nullable(),
    draft: z.string().nullable(),
  }),
});

export default function getPatientRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/patients/:patientId',
    schema: {
      tags: ['patients'],
      summary: "A person's record",
      params: PatientParams,
      response: { 200: PatientShape, ...errors },
    },
    handler: async (request) => getPatient(app.ctx, actorOf(request), request.params.patientId),
  });
}
