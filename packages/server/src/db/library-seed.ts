// Writes core's built-in exercise library into library_exercise. Idempotent: a built-in exercise's
// id is core's own (kebab-case), so running it again updates the same rows (a later migration calls
// it again when the library changes) and programmes that refer to an exercise keep pointing at it.
import { exerciseLibrary, type LibraryExercise } from '@steadily/core';
import { type Kysely, sql } from 'kysely';

function row(e: LibraryExercise) {
  return sql`(${e.id}, ${JSON.stringify(e.name)}::jsonb, ${JSON.stringify(e.instructions)}::jsonb,
    ${e.unit}, ${e.step}, ${e.maxQuota}, ${e.modality}, ${e.region}, ${e.perWeekDefault}, ${e.easierId},
    ${e.harderId}, ${e.illustration})`;
}

export async function seedBuiltInLibrary(
  db: Kysely<unknown>,
  library: readonly LibraryExercise[] = exerciseLibrary,
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
