// GET /api/openapi.json: the OpenAPI document, generated from the routes' zod schemas.
import type { ZodApp } from '../schemas.ts';

export default function getOpenapi(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/openapi.json',
    config: { public: true },
    schema: { hide: true },
    handler: async () => app.swagger(),
  });
}
