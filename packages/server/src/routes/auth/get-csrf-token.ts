// GET /api/auth/csrf: a token to send as `x-csrf-token` on every POST/PUT/PATCH/DELETE.
import { z } from 'zod';
import { isSecure } from '../../http/auth.ts';
import type { ZodApp } from '../schemas.ts';

export default function getCsrfToken(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/auth/csrf',
    config: { public: true },
    schema: {
      tags: ['auth'],
      summary: 'Get a CSRF token (sets its secret cookie)',
      response: { 200: z.object({ csrfToken: z.string() }) },
    },
    handler: async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const csrfToken =
        request.csrfToken ?? reply.generateCsrf({ secure: isSecure(request, app.web.secureCookies) });
      return { csrfToken };
    },
  });
}
