// PUT /api/library/:exerciseId: a clinician edits one of their own exercises (built-in ones are not
// editable; programmes that use it keep their copy).
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { updateLibraryExercise } from '../../services/library.ts';
import { errors, Text, type ZodApp } from '../schemas.ts';
import { LibraryExerciseBody } from './add-library-exercise.ts';
import { LibraryExerciseShape } from './library-shape.ts';

export default function updateLibraryExerciseRoute(app: ZodApp): void {
  app.route({
    method: 'PUT',
    url: '/api/library/:exerciseId',
    schema: {
      tags: ['library'],
      summary: 'Edit my own exercise',
      params: z.object({ exerciseId: Text().min(1).max(80) }),
      body: LibraryExerciseBody,
      response: { 200: LibraryExerciseShape, ...errors },
    },
    handler: async (request) =>
      updateLibraryExercise(app.ctx, actorOf(request), request.params.exerciseId, request.body),
  });
}
