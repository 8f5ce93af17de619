// DELETE /api/library/:exerciseId: a clinician takes one of their own exercises out of the library
// (programmes that use it keep their copy).
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { archiveLibraryExercise } from '../../services/library.ts';
import { errors, Ok, Text, type ZodApp } from '../schemas.ts';

export default function archiveLibraryExerciseRoute(app: ZodApp): void {
  app.route({
    method: 'DELETE',
    url: '/api/library/:exerciseId',
    schema: {
      tags: ['library'],
      summary: 'Remove my own exercise',
      params: z.object({ exerciseId: Text().min(1).max(80) }),
      response: { 200: Ok, ...errors },
    },
    handler: async (request) => archiveLibraryExercise(app.ctx, actorOf(request), request.params.exerciseId),
  });
}
