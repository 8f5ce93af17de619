// GET /api/calendar/:token/steadily.ics: the planned sessions as an iCalendar feed (interop/ics), read by
// the secret in the link (calendar apps send no cookie). Four weeks ahead, at the reminder times.
import { z } from 'zod';
import { readCalendarFeed } from '../../services/person-exports.ts';
import { errors, type ZodApp } from '../schemas.ts';

export default function readCalendarRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/calendar/:token/steadily.ics',
    config: { public: true },
    schema: {
      tags: ['reminders'],
      summary: 'My plan as a calendar feed (by its secret link)',
      params: z.object({
        token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'must be a calendar link secret'),
      }),
      produces: ['text/calendar'],
      response: { 200: z.string().describe('RFC 5545 iCalendar'), ...errors },
    },
    handler: async (request, reply) => {
      const feed = await readCalendarFeed(app.ctx, request.params.token);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=3600')
        .serializer((payload: unknown) => String(payload))
        .send(feed);
    },
  });
}
