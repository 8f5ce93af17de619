// GET /api/calendar/:token/steadily.ics: the planned sessions as an iCalendar feed (interop/ics), read by
// the secret in the link (calendar apps send no cookie). Four weeks ahead, at the reminder times. Any
// wrong, old or malformed secret is the same 404; each address may ask 30 times a minute.
import { z } from 'zod';
import { NotFoundError } from '../../errors.ts';
import { readCalendarFeed } from '../../services/person-exports.ts';
import { errors, type ZodApp } from '../schemas.ts';

const SECRET = /^[A-Za-z0-9_-]{20,100}$/;

export default function readCalendarRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/calendar/:token/steadily.ics',
    config: { public: true, personal: true, rateLimit: { max: 30, timeWindow: 60_000 } },
    schema: {
      tags: ['reminders'],
      summary: 'My plan as a calendar feed (by its secret link)',
      // Not Text: any malformed secret, a NUL included, is the same 404 (checked against SECRET below).
      params: z.object({ token: z.string().describe('The secret of the calendar link') }),
      produces: ['text/calendar'],
      response: { 200: z.string().describe('RFC 5545 iCalendar'), ...errors },
    },
    handler: async (request, reply) => {
      const { token } = request.params;
      if (!SECRET.test(token)) throw new NotFoundError('No such calendar');
      const feed = await readCalendarFeed(app.ctx, token, `GET ${request.routeOptions.url}`);
      return reply
        .type('text/calendar; charset=utf-8')
        .serializer((payload: unknown) => String(payload))
        .send(feed);
    },
  });
}
