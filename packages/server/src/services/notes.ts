// Notes a clinician writes to the patient; the patient reads them in the app.
import { insertNote, listNotes } from '../db/repositories/notes.ts';
import type { Actor, AppContext } from './context.ts';
import { readForPatient, writeForPatient } from './write.ts';

export function addNote(ctx: AppContext, actor: Actor, patientId: string, key: string, text: string) {
  return writeForPatient(ctx, { actor, patientId, requestId: key, allowed: ['clinician'] }, async (db) => {
    await insertNote(db, { id: key, patientId, authorId: actor.accountId, text });
    return { id: key, text, authorId: actor.accountId, createdAt: ctx.clock.now().toISOString() };
  });
}

export function getNotes(ctx: AppContext, actor: Actor, patientId: string) {
  return readForPatient(ctx, actor, patientId, async (db) =>
    (await listNotes(db, patientId)).map((n) => ({
      id: n.id,
      text: n.text,
      authorId: n.author_id,
      authorName: n.author_name,
      createdAt: n.created_at.toISOString(),
    })),
  );
}
