// GET /api/library: the exercise library (built-in and my own), by modality and region.
import { MODALITIES, REGIONS } from '@steadily/core';
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { listLibrary } from '../../services/library.ts';
import { errors, type ZodApp } from '../schemas.ts';
import { LibraryExerciseShape } from './library-shape.ts';

export default function listLibraryRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/library',
    schema: {
      tags: ['library'],
      summary: 'The exercise library',
      querystring: z.object({ modality: z.enum(MODALITIES).optional(), region: z.enum(REGIONS).optional() }),
      response: { 200: z.array(LibraryExerciseShape), ...errors },
    },
    handler: async (request) => {
      const { modality, region } = request.query;
      return listLibrary(app.ctx, actorOf(request), {
        ...(modality !== undefined && { modality }),
        ...(region !== undefined && { region }),
      });
    },
  });
}
