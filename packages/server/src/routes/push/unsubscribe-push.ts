// DELETE /api/push/subscriptions: stop sending reminders to this device.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { unsubscribe } from '../../services/push.ts';
import { errors, Ok, type ZodApp } from '../schemas.ts';

export default function unsubscribePushRoute(app: ZodApp): void {
  app.route({
    method: 'DELETE',
    url: '/api/push/subscriptions',
    schema: {
      tags: ['reminders'],
      summary: 'Stop reminders on this device',
      body: z.object({ endpoint: z.url().max(2000) }),
      response: { 200: Ok, ...errors },
    },
    handler: async (request) => unsubscribe(app.ctx, actorOf(request), request.body.endpoint),
  });
}
