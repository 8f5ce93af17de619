// The exercise library: core's built-in exercises (owner_id null) and each clinician's own.
import type { Insertable, Updateable } from 'kysely';
import type { LibraryExerciseTable } from '../schema.ts';
import type { Executor } from './executor.ts';

export interface LibraryFilter {
  /** The built-in exercises and this account's own. */
  viewerId: string;
  modality?: LibraryExerciseTable['modality'];
  region?: LibraryExerciseTable['region'];
}

export function listLibraryExercises(db: Executor, filter: LibraryFilter) {
  let query = db
    .selectFrom('library_exercise')
    .selectAll()
    .where('archived_at', 'is', null)
    .where((eb) => eb.or([eb('owner_id', 'is', null), eb('owner_id', '=', filter.viewerId)]));
  if (filter.modality !== undefined) query = query.where('modality', '=', filter.modality);
  if (filter.region !== undefined) query = query.where('region', '=', filter.region);
  return query.orderBy('region').orderBy('modality').orderBy('id').execute();
}

export function findLibraryExercise(db: Executor, id: string) {
  return db.selectFrom('library_exercise').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertLibraryExercise(
  db: Executor,
  row: Insertable<LibraryExerciseTable>,
): Promise<void> {
  await db.insertInto('library_exercise').values(row).execute();
}

export async function updateLibraryExercise(
  db: Executor,
  id: string,
  patch: Updateable<LibraryExerciseTable>,
): Promise<void> {
  await db.updateTable('library_exercise').set(patch).where('id', '=', id).execute();
}

export async function archiveLibraryExercise(db: Executor, id: string, at: Date): Promise<void> {
  await db.updateTable('library_exercise').set({ archived_at: at }).where('id', '=', id).execute();
}

/** The modality of each of these library exercises (built in or a clinician's own), in one query. */
export async function listLibraryModalities(db: Executor, ids: string[]) {
  if (ids.length === 0) return new Map<string, LibraryExerciseTable['modality']>();
  const rows = await db
    .selectFrom('library_exercise')
    .select(['id', 'modality'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.modality]));
}
