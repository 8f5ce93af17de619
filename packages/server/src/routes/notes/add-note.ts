// POST /api/patients/:patientId/notes: a clinician's note to the patient.
import { z } from 'zod';
import { actorOf } from '../../http/auth.ts';
import { addNote } from '../../services/notes.ts';
import { errors, IdempotencyHeaders, PatientParams, Text, type ZodApp } from '../schemas.ts';

export default function addNoteRoute(app: ZodApp): void {
  app.route({
    method: 'POST',
    url: '/api/patients/:patientId/notes',
    schema: {
      tags: ['notes'],
      summary: 'Write a note to the patient',
      params: PatientParams,
      headers: IdempotencyHeaders,
      body: z.object({ text: Text().trim().min(1).max(4000) }),
      response: {
        201: z.object({ id: z.string(), text: z.string(), authorId: z.string(), createdAt: z.string() }),
        ...errors,
      },
    },
    handler: async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const result = await addNote(
        app.ctx,
        actorOf(request),
        request.params.patientId,
        key,
        request.body.text,
      );
      return reply.code(201).send(result);
    },
  });
}
