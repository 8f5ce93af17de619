// The built-in library's Spanish now speaks to the person as "usted", like the rest of the app: the
// rows of an existing install are written again from core's library (clinicians' own exercises and
// programmes already made keep their text).
import type { Kysely } from 'kysely';
import { seedBuiltInLibrary } from '../library-seed.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await seedBuiltInLibrary(db);
}

export async function down(): Promise<void> {
  // Nothing to undo: the rows keep their ids, and an older library seed writes its own text again.
}
