// GET /api/admin/audit: who read or changed which person's record, newest first (admin only).
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { readAuditLog } from '../../services/admin.ts';
import { errors, type ZodApp } from '../schemas.ts';

const AuditQuery = z.object({
  patientId: z.uuid().optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

export default function readAuditLogRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/admin/audit',
    schema: {
      tags: ['admin'],
      summary: 'Read the audit log',
      querystring: AuditQuery,
      response: {
        200: z.array(
          z.object({
            id: z.number(),
            at: z.string(),
            actorId: z.string().nullable(),
            patientId: z.string().nullable(),
            action: z.string(),
            route: z.string(),
          }),
        ),
        ...errors,
      },
    },
    handler: async (request) => readAuditLog(app.ctx, actorOf(request), request.query),
  });
}
