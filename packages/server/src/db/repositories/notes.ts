// Notes a clinician writes to the patient, shown in the patient's app.
import type { Executor } from './executor.ts';

export async function insertNote(
  db: Executor,
  row: { id: string; patientId: string; authorId: string; text: string },
): Promise<void> {
  await db
    .insertInto('note')
    .values({ id: row.id, patient_id: row.patientId, author_id: row.authorId, text: row.text })
    .execute();
}

export function listNotes(db: Executor, patientId: string) {
  return db
    .selectFrom('note as n')
    .leftJoin('account as a', 'a.id', 'n.author_id')
    .select(['n.id', 'n.text', 'n.created_at', 'n.author_id', 'a.display_name as author_name'])
    .where('n.patient_id', '=', patientId)
    .orderBy('n.created_at', 'desc')
    .execute();
}
