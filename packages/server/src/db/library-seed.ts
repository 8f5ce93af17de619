// Writes built-in exercises into library_exercise. Idempotent: a built-in exercise's id is core's own
// (kebab-case), so running it again updates the same rows and programmes that refer to an exercise keep
// pointing at it.
//
// Migrations write frozen data, never core's live library: 0003 and 0008 wrote the library as it was
// then (55 exercises over six regions, kept in library-data/0008-library.json), and a later change to the
// library comes with a migration and its own data (0014: the additions and corrected progressions). So
// an old migration still runs on a fresh database after the library has grown past what its table
// allowed then; library.int.test.ts holds the migrated table to core's library.
import type { LibraryExercise } from '@steadily/core';
import { type Kysely, sql } from 'kysely';
import libraryAt0008 from './library-data/0008-library.json' with { type: 'json' };

/** The built-in library as migrations 0003 and 0008 wrote it. */
export const builtInLibraryAt0008 = libraryAt0008 as readonly LibraryExercise[];

function row(e: LibraryExercise) {
  return sql`(${e.id}, ${JSON.stringify(e.name)}::jsonb, ${JSON.stringify(e.instructions)}::jsonb,
    ${e.unit}, ${e.step}, ${e.maxQuota}, ${e.modality}, ${e.region}, ${e.perWeekDefault}, ${e.easierId},
    ${e.harderId}, ${e.illustration})`;
}

export async function seedBuiltInLibrary(
  db: Kysely<unknown>,
  library: readonly LibraryExercise[] = builtInLibraryAt0008,
): Promise<void> {
  if (library.length === 0) return;
  await sql`
    insert into library_exercise (id, name, instructions, unit, step, max_quota, modality, region,
      per_week_default, easier_id, harder_id, illustration)
    values ${sql.join(library.map(row))}
    on conflict (id) do update set
      name = excluded.name, instructions = excluded.instructions, unit = excluded.unit,
      step = excluded.step, max_quota = excluded.max_quota, modality = excluded.modality,
      region = excluded.region, per_week_default = excluded.per_week_default,
      easier_id = excluded.easier_id, harder_id = excluded.harder_id,
      illustration = excluded.illustration, archived_at = null
    where library_exercise.owner_id is null
  `.execute(db);
}
