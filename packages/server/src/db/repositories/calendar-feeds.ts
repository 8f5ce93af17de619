// Calendar links: the hash of each person's feed secret.
import type { Executor } from './executor.ts';

export async function saveCalendarFeed(db: Executor, patientId: string, tokenHash: string): Promise<void> {
  await db
    .insertInto('calendar_feed')
    .values({ patient_id: patientId, token_hash: tokenHash })
    .onConflict((oc) => oc.column('patient_id').doUpdateSet({ token_hash: tokenHash }))
    .execute();
}

export async function findCalendarFeedOwner(db: Executor, tokenHash: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('calendar_feed')
    .select('patient_id')
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row?.patient_id;
}

/** The link stops working; false when there was none. */
export async function deleteCalendarFeed(db: Executor, patientId: string): Promise<boolean> {
  const result = await db.deleteFrom('calendar_feed').where('patient_id', '=', patientId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
