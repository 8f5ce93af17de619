// An exercise as a clinician (or a self-guided person) prescribes it.
import { z } from 'zod';
import { Text } from '../schemas.ts';

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
});
