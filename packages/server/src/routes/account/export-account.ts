// GET /api/account/export: everything the server holds about me, as JSON ("download my data").
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { exportMyData } from '../../services/account-export.ts';
import { errors, type ZodApp } from '../schemas.ts';

export default function exportAccountRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/account/export',
    schema: {
      tags: ['auth'],
      summary: 'Download my data',
      response: { 200: z.record(z.string(), z.unknown()), ...errors },
    },
    handler: async (request, reply) => {
      reply.header('content-disposition', 'attachment; filename="steadily-export.json"');
      return exportMyData(app.ctx, actorOf(request));
    },
  });
}
