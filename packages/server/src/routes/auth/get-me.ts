// GET /api/auth/me: the signed-in account.
import { actorOf } from '../../http/auth.ts';
import { getMe } from '../../services/accounts.ts';
import { errors, type ZodApp } from '../schemas.ts';
import { AccountResponse } from './account-schema.ts';

export default function getMeRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/auth/me',
    schema: { tags: ['auth'], summary: 'Who am I', response: { 200: AccountResponse, ...errors } },
    handler: async (request) => getMe(app.ctx, actorOf(request)),
  });
}
