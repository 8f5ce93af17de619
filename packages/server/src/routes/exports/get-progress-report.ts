// GET /api/patients/:patientId/report.pdf?from&to&lang: the progress report (interop/report) for a date
// range — plain-words summary, pain against capacity, measures against their meaningful change, flares,
// decisions — in the person's language, or `lang`. Without from/to: the programme so far.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { contentDisposition } from '../../http/content-disposition.ts';
import { getProgressReport } from '../../services/progress-report.ts';
import { errors, LocalDate, PatientParams, type ZodApp } from '../schemas.ts';

export default function getProgressReportRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/patients/:patientId/report.pdf',
    schema: {
      tags: ['export'],
      summary: 'Progress report (PDF)',
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
      const report = await getProgressReport(
        app.ctx,
        actorOf(request),
        request.params.patientId,
        request.query,
      );
      const { from, to } = report.range;
      return reply
        .type('application/pdf')
        .header('content-language', report.language)
        .header(
          'content-disposition',
          contentDisposition('inline', ['steadily-report', report.displayName, from, to], 'pdf'),
        )
        .send(report.pdf);
    },
  });
}
