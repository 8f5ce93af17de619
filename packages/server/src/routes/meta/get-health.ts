// GET /api/health: liveness plus which database this server runs on.
import { sql } from 'kysely';
import { z } from 'zod';
import type { ZodApp } from '../schemas.ts';

export const HealthResponse = z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']) });

export default function getHealth(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/health',
    config: { public: true },
    schema: { tags: ['meta'], summary: 'Health check', response: { 200: HealthResponse } },
    handler: async () => {
      await sql`select 1`.execute(app.ctx.db);
      return { status: 'ok' as const, db: app.ctx.dbKind };
    },
  });
}
