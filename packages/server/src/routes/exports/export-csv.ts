// GET /api/patients/:patientId/export/:kind: sessions, morning check-ins, decisions or measures as a
// CSV file (interop/csv) for a spreadsheet — the "download my data" table form — with a UTF-8 BOM for
// Excel, named after the person and the day (steadily-{name}-{kind}-{date}.csv).
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { contentDisposition } from '../../http/content-disposition.ts';
import { CSV_KINDS } from '../../interop/csv/exports.ts';
import { exportPersonCsv } from '../../services/person-exports.ts';
import { errors, PatientParams, type ZodApp } from '../schemas.ts';

export default function exportCsvRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/patients/:patientId/export/:kind',
    schema: {
      tags: ['export'],
      summary: 'Download a table of my records (CSV)',
      params: PatientParams.extend({ kind: z.enum(CSV_KINDS) }),
      produces: ['text/csv'],
      response: { 200: z.string().describe('RFC 4180 CSV, UTF-8 with a byte-order mark'), ...errors },
    },
    handler: async (request, reply) => {
      const { patientId, kind } = request.params;
      const file = await exportPersonCsv(app.ctx, actorOf(request), patientId, kind);
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          contentDisposition('attachment', ['steadily', file.displayName, kind, file.localDate], 'csv'),
        )
        .serializer((payload: unknown) => String(payload))
        .send(file.csv);
    },
  });
}
