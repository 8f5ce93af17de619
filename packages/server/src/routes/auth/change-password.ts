// POST /api/auth/password: change my password; every other session is signed out.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { changePassword } from '../../services/accounts.ts';
import { errors, Ok, type ZodApp } from '../schemas.ts';
import { Password } from './account-schema.ts';

const ChangePasswordBody = z.object({ currentPassword: z.string().max(256), newPassword: Password });

export default function changePasswordRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/auth/password',
    schema: {
      tags: ['auth'],
      summary: 'Change my password',
      body: ChangePasswordBody,
      response: { 200: Ok, ...errors },
    },
    handler: async (request) => {
      await changePassword(app.ctx, actorOf(request), request.body);
      return { ok: true as const };
    },
  });
}
