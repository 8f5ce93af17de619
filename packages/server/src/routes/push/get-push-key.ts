// GET /api/push/key: the server's VAPID public key, which the browser needs to subscribe to web push.
import { z } from 'zod';
import { getPushPublicKey } from '../../services/push.ts';
import { errors, type ZodApp } from '../schemas.ts';

export default function getPushKeyRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/push/key',
    schema: {
      tags: ['reminders'],
      summary: "The server's web push (VAPID) public key",
      response: { 200: z.object({ publicKey: z.string() }), ...errors },
    },
    handler: async () => getPushPublicKey(app.ctx),
  });
}
