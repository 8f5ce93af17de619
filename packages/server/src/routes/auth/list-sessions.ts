// GET /api/auth/sessions: my signed-in sessions (devices), newest first.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { listSessions } from '../../services/sign-in.ts';
import { errors, type ZodApp } from '../schemas.ts';

const SessionList = z.array(
  z.object({
    id: z.uuid(),
    createdAt: z.string(),
    lastSeenAt: z.string(),
    expiresAt: z.string(),
    userAgent: z.string().nullable(),
    current: z.boolean(),
  }),
);

export default function listSessionsRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/auth/sessions',
    schema: { tags: ['auth'], summary: 'List my sessions', response: { 200: SessionList, ...errors } },
    handler: async (request) => listSessions(app.ctx, actorOf(request)),
  });
}
