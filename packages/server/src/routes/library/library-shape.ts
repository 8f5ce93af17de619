// An exercise of the library, as every library route returns it.
import { MODALITIES, REGIONS } from '@steadily/core';
import { z } from 'zod';

export const LibraryExerciseShape = z.object({
  id: z.string().describe("core's id for a built-in exercise (e.g. easy-walk); a UUID for a clinician's own"),
  builtIn: z.boolean(),
  name: z.record(z.string(), z.string()).describe('By language: en, es'),
  instructions: z.record(z.string(), z.string()),
  unit: z.enum(['minutes', 'seconds', 'reps']),
  step: z.number(),
  maxQuota: z.number(),
  modality: z.enum(MODALITIES),
  region: z.enum(REGIONS),
  perWeekDefault: z.int(),
  easierId: z.string().nullable(),
  harderId: z.string().nullable(),
  illustration: z.string().nullable().describe('Path of the line drawing, e.g. /exercises/easy-walk.svg'),
  mediaUrl: z.string().nullable().describe("A clinician's own image or video link"),
});
