// GET /api/patients/:patientId/notes: notes from the person's clinicians, newest first.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { getNotes } from '../../services/notes.ts';
import { errors, PatientParams, type ZodApp } from '../schemas.ts';

export default function listNotesRoute(app: ZodApp): void {
  app.route({
    method: 'GET',
    url: '/api/patients/:patientId/notes',
    schema: {
      tags: ['notes'],
      summary: 'Notes to the patient',
      params: PatientParams,
      response: {
        200: z.array(
          z.object({
            id: z.string(),
            text: z.string(),
            authorId: z.string().nullable(),
            authorName: z.string().nullable(),
            createdAt: z.string(),
          }),
        ),
        ...errors,
      },
    },
    handler: async (request) => getNotes(app.ctx, actorOf(request), request.params.patientId),
  });
}
