// POST /api/test/clock: moves the server's clock forward by whole days (and minutes), or back to real
// time with `reset`. Registered only when the server runs with STEADILY_TEST_CLOCK=1, which config.ts
// refuses when NODE_ENV=production.
import { z } from 'zod';
import type { OffsetClock } from '../../services/test-clock.ts';
import type { ZodApp } from '../schemas.ts';

export default function moveClockRoute(app: ZodApp, clock: OffsetClock): void {
  app.route({
    method: 'POST',
    url: '/api/test/clock',
    config: { public: true },
    schema: {
      tags: ['test'],
      summary: 'Move the test clock forward (test mode only)',
      body: z.object({
        days: z.int().min(0).max(400).optional(),
        minutes: z.int().min(0).max(1440).optional(),
        reset: z.boolean().optional().describe('Back to real time first'),
      }),
      response: { 200: z.object({ now: z.string() }) },
    },
    handler: async (request) => {
      if (request.body.reset === true) clock.reset();
      return { now: clock.advance(request.body.days ?? 0, request.body.minutes ?? 0).toISOString() };
    },
  });
}
