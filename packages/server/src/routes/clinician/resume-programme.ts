// POST /api/patients/:patientId/resume: after assessment, a clinician resumes a stopped programme
// (no exerciseId) or one paused exercise. A self-guided person (no clinician) may resume their own,
// confirming that the symptom has settled (an exercise) or that a doctor has checked them (the plan).
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { resumeProgramme } from '../../services/programme-changes.ts';
import { errors, IdempotencyHeaders, LocalDate, PatientParams, type ZodApp } from '../schemas.ts';
import { ChangeOutcome } from '../shapes.ts';

export default function resumeProgrammeRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/patients/:patientId/resume',
    schema: {
      tags: ['clinician'],
      summary: 'Resume a stopped programme or a paused exercise',
      params: PatientParams,
      headers: IdempotencyHeaders,
      body: z.object({
        exerciseId: z.uuid().optional(),
        confirmation: z
          .enum(['settled', 'doctor_checked'])
          .optional()
          .describe(
            "A self-guided person's confirmation: the symptom has settled (an exercise), or a doctor has checked them (the plan)",
          ),
        checkedOn: LocalDate.optional().describe('With doctor_checked: the date the doctor checked them'),
      }),
      response: { 200: ChangeOutcome, ...errors },
    },
    handler: async (request) =>
      resumeProgramme(
        app.ctx,
        actorOf(request),
        request.params.patientId,
        request.headers['idempotency-key'],
        request.body,
      ),
  });
}
