// GET /api/patients/:patientId/clinician-report.pdf?from&to&lang: the clinician report for a GP or an
// insurer (interop/report/clinician-document.ts) — identifiers, clinician and service, conditions and
// goals, the programme's model, measures at weeks 0/6/12 against their MCID, doses against baseline
// explained, decisions, flares, next steps — in the third person. For the person's clinicians and for
// the person themself (to hand to a GP); a self-guided record says no clinician is linked.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { contentDisposition } from '../../http/content-disposition.ts';
import { publicUrlOf, serviceNameOf } from '../../http/public-url.ts';
import { getProgressReport } from '../../services/progress-report.ts';
import { errors, LocalDate, PatientParams, type ZodApp } from '../schemas.ts';

export default function getClinicianReportRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/patients/:patientId/clinician-report.pdf',
    schema: {
      tags: ['export'],
      summary: 'Clinician report for a GP or an insurer (PDF)',
      params: PatientParams,
      querystring: z.object({
        from: LocalDate.optional(),
        to: LocalDate.optional(),
        lang: z.enum(['en', 'es']).optional(),
      }),
      produces: ['application/pdf'],
      response: { 200: z.unknown().describe('A4 PDF'), ...errors },
    },
    handler: async (request, reply) => {
      const service = serviceNameOf(app.ctx.settings, publicUrlOf(app.ctx.settings, request));
      const report = await getProgressReport(
        app.ctx,
        actorOf(request),
        request.params.patientId,
        request.query,
        { audience: 'clinician', service },
      );
      const { from, to } = report.range;
      return reply
        .type('application/pdf')
        .header('content-language', report.language)
        .header(
          'content-disposition',
          contentDisposition('inline', ['steadily-clinician-report', report.displayName, from, to], 'pdf'),
        )
        .send(report.pdf);
    },
  });
}
