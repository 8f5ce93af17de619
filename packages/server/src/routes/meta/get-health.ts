// GET /api/health: liveness plus which database this server runs on.
import { z } from 'zod';
import { checkHealth } from '../../services/health.ts';
import type { ZodApp } from '../schemas.ts';

const HealthResponse = z.object({ status: z.literal('ok'), db: z.enum(['pglite', 'postgres']) });

export default function getHealth(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/health',
    config: { public: true },
    schema: { tags: ['meta'], summary: 'Health check', response: { 200: HealthResponse } },
    handler: async () => checkHealth(app.ctx),
  });
}
