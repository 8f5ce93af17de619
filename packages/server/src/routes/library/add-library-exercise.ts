// POST /api/library: a clinician adds an exercise of their own to the library.
import { MODALITIES, REGIONS } from '@steadily/core';
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { addLibraryExercise } from '../../services/library.ts';
import {
  errors,
  IdempotencyHeaders,
  isStorableText,
  STORABLE_TEXT_MESSAGE,
  Text,
  type ZodApp,
} from '../schemas.ts';
import { LibraryExerciseShape } from './library-shape.ts';

const LibraryId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an exercise library id')
  .max(80);

export const LibraryExerciseBody = z.object({
  name: Text().trim().min(1).max(100),
  instructions: Text().trim().max(4000).optional(),
  unit: z.enum(['minutes', 'seconds', 'reps']),
  step: z.number().positive().max(1000).optional().describe('Default by unit: minutes 1, seconds 5, reps 1'),
  maxQuota: z.number().positive().max(100_000).describe('A multiple of the step'),
  modality: z.enum(MODALITIES),
  region: z.enum(REGIONS),
  perWeekDefault: z.int().min(1).max(21).optional(),
  easierId: LibraryId.optional(),
  harderId: LibraryId.optional(),
  mediaUrl: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) link' })
    .max(2000)
    .refine(isStorableText, STORABLE_TEXT_MESSAGE)
    .optional()
    .describe('An image or video link'),
});

export default function addLibraryExerciseRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/library',
    schema: {
      tags: ['library'],
      summary: 'Add my own exercise',
      headers: IdempotencyHeaders,
      body: LibraryExerciseBody,
      response: { 201: LibraryExerciseShape, ...errors },
    },
    handler: async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const result = await addLibraryExercise(app.ctx, actorOf(request), key, request.body);
      return reply.code(201).send(result);
    },
  });
}
