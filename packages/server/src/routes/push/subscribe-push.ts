// POST /api/push/subscriptions: this device's PushSubscription, so reminders reach it.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { subscribe } from '../../services/push.ts';
import { errors, isStorableText, Ok, STORABLE_TEXT_MESSAGE, type ZodApp } from '../schemas.ts';

/** Base64url, as PushSubscription.toJSON() gives the keys. */
const Base64Url = z
  .string()
  .regex(/^[A-Za-z0-9_-]+={0,2}$/, 'must be base64url')
  .max(200);

const PushSubscriptionBody = z.object({
  endpoint: z
    .url()
    .max(2000)
    .refine(isStorableText, STORABLE_TEXT_MESSAGE)
    .describe(
      'The push service URL: https, on a public host (a name or address that is loopback, private, ' +
        'link-local, unique-local, CGNAT or multicast is refused, unless the operator allows the host ' +
        'with STEADILY_PUSH_ALLOW_HOSTS); checked again before each send, redirects never followed',
    ),
  keys: z.object({ p256dh: Base64Url, auth: Base64Url }),
});

export default function subscribePushRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/push/subscriptions',
    schema: {
      tags: ['reminders'],
      summary: 'Send my reminders to this device (web push)',
      body: PushSubscriptionBody,
      response: { 201: Ok, ...errors },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await subscribe(app.ctx, actorOf(request), request.body)),
  });
}
