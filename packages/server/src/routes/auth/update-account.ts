// PATCH /api/account: change my display name, time zone, language, text size or low-energy mode.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { updateMe } from '../../services/accounts.ts';
import { errors, Text, TimeZone, type ZodApp } from '../schemas.ts';
import { AccountResponse, TEXT_SIZES } from './account-schema.ts';

const UpdateAccountBody = z.object({
  displayName: Text().trim().min(1).max(100).optional(),
  timeZone: TimeZone.optional(),
  locale: z.enum(['en', 'es']).optional(),
  textSize: z.enum(TEXT_SIZES).optional(),
  lowEnergy: z.boolean().optional().describe('Fewest screens: only the essentials'),
});

export default function updateAccountRoute(app: ZodApp): void {
  app.route({
    method: 'PATCH',
    url: '/api/account',
    schema: {
      tags: ['auth'],
      summary: 'Update my account',
      body: UpdateAccountBody,
      response: { 200: AccountResponse, ...errors },
    },
    handler: async (request) => updateMe(app.ctx, actorOf(request), request.body),
  });
}
