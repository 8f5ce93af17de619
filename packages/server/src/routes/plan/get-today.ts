// GET /api/patients/:patientId/today: today's plan — each exercise's quota and the reason for its
// last change, the mode, flags, an open flare, and today's notices.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { getToday } from '../../services/today.ts';
import { errors, PatientParams, type ZodApp } from '../schemas.ts';
import { DosingShape, NoticeShape } from '../shapes.ts';
import { ACTIONS, MODES, ZONES } from '../vocabulary.ts';

const Change = z
  .object({
    action: z.enum(ACTIONS),
    zone: z.enum(ZONES).nullable(),
    quota: z.number(),
    previousQuota: z.number(),
    reason: z.string(),
    reasonCode: z.string(),
    reasonParams: z.record(z.string(), z.union([z.string(), z.number()])),
    day: z.int(),
    localDate: z.string(),
  })
  .nullable();

const Decision = Change.unwrap();

const TodayShape = z.object({
  localDate: z.string(),
  day: z.int(),
  mode: z.enum(MODES),
  flags: z.array(z.string()),
  safety: z
    .object({
      stoppedSince: z.string().nullable(),
      selfGuided: z.boolean(),
      emergencyNumber: z.string(),
    })
    .describe(
      'A stop (SPEC §2): since when (null while not stopped), whether the person has no clinician (they resume themselves after confirming), and the emergency number to call',
    ),
  openFlare: z.object({ startDay: z.int(), endDay: z.int().nullable() }).nullable(),
  flareFactor: z.number().nullable(),
  flarePlan: z.string().nullable(),
  morningDone: z.boolean(),
  exercises: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      instructions: z.string(),
      unit: z.enum(['minutes', 'seconds', 'reps']),
      step: z.number(),
      quota: z.number(),
      setsToday: z
        .array(z.int())
        .nullable()
        .describe("Today's quota split into the clinician's sets (25 in 3 = [9, 8, 8]); null: one number"),
      loadKg: z.number().nullable(),
      restSeconds: z.int().nullable(),
      paused: z.boolean(),
      sessionsToday: z.int(),
      doneToday: z.number(),
      lastDecision: Change,
      change: Change.describe('The last decision that was not a hold: why the dose is what it is'),
      decisionsToday: z
        .array(Decision)
        .describe(
          "Today's decisions for this exercise, in the order they happened (a step back, then a flare)",
        ),
      quotaBeforeFlare: z
        .number()
        .nullable()
        .describe('During a flare, the quota in force just before it (after any step back that day)'),
    }),
  ),
  notices: z.array(NoticeShape),
  dosing: DosingShape,
  dosingNotice: z
    .object({ localDate: z.string() })
    .nullable()
    .describe('The release switch to "personal", until the person closes its notice'),
});

export default function getTodayRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/patients/:patientId/today',
    schema: {
      tags: ['plan'],
      summary: "Today's plan",
      params: PatientParams,
      response: { 200: TodayShape, ...errors },
    },
    handler: async (request) => getToday(app.ctx, actorOf(request), request.params.patientId),
  });
}
