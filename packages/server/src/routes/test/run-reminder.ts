// POST /api/test/reminders/run: sends a person's reminder now, as the pg-boss schedule would at one of
// their times, so a browser test can watch it reach a (stand-in) push service. Registered only with
// STEADILY_TEST_CLOCK=1, like the test clock, and refused in production by config.ts.
import { z } from 'zod';
import { pushReminder } from '../../services/push-reminders.ts';
import { Ok, type ZodApp } from '../schemas.ts';

export default function runReminderRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/test/reminders/run',
    config: { public: true },
    schema: {
      tags: ['test'],
      summary: "Send a person's reminder now (test mode only)",
      body: z.object({ patientId: z.uuid() }),
      response: { 200: Ok },
    },
    handler: async (request) => {
      await pushReminder(app.ctx, { patientId: request.body.patientId, time: 'now' });
      return { ok: true as const };
    },
  });
}
