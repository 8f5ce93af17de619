// An exercise as a clinician (or a self-guided person) prescribes it.
import { PRESCRIPTION_LIMITS as L } from '@steadily/core';
import { z } from 'zod';
import { Text } from '../schemas.ts';

/** The clinician's prescription beside the quota: sets × reps or holds, a load, rest between sets. */
export const PrescriptionFields = z.object({
  sets: z
    .int()
    .min(L.sets.min)
    .max(L.sets.max)
    .optional()
    .describe('Reps and holds: sets the quota is split into, as evenly as possible (25 in 3 = 9 + 8 + 8)'),
  loadKg: z
    .number()
    .min(L.loadKg.min)
    .max(L.loadKg.max)
    .multipleOf(0.25)
    .optional()
    .describe('Load in kg, in 0.25 kg steps; none for body weight'),
  restSeconds: z
    .int()
    .min(L.restSeconds.min)
    .max(L.restSeconds.max)
    .optional()
    .describe('Rest between sets in seconds (needs 2 sets or more)'),
});

export const ExerciseBody = z.object({
  name: Text().trim().min(1).max(100),
  instructions: Text().max(4000).optional(),
  unit: z.enum(['minutes', 'seconds', 'reps']),
  step: z.number().positive().max(1000).optional().describe('Default by unit: minutes 1, seconds 5, reps 1'),
  maxQuota: z.number().positive().max(100_000).optional(),
  perWeek: z.int().min(1).max(21).optional(),
  libraryExerciseId: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an exercise library id')
    .max(80)
    .optional()
    .describe(
      "An exercise of the library (GET /api/library): core's id, e.g. easy-walk, or a clinician's own; " +
        'an unknown one is refused',
    ),
  baseline: z
    .array(z.number().positive().max(100_000))
    .min(1)
    .max(3)
    .optional()
    .describe('1–3 tolerance trials'),
  ...PrescriptionFields.shape,
});
