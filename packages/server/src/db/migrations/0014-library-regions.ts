// The library a physiotherapist prescribes from (issue 14): four more body regions (upper back, elbow,
// wrist and hand, ankle and foot), 38 more built-in exercises (calf raises to the eccentric heel drop,
// isometric holds, tennis-elbow loading, grip, groin, pool work), and progressions put the right way
// round (child's pose is now the gentler step before cat and camel). Frozen data, like every migration:
// an existing install ends with exactly the built-in rows a fresh one has.
import type { LibraryExercise } from '@steadily/core';
import { type Kysely, sql } from 'kysely';
import additions from '../library-data/0014-library-additions.json' with { type: 'json' };
import { seedBuiltInLibrary } from '../library-seed.ts';
import { runStatements } from './run-statements.ts';

const REGIONS_BEFORE = `'back', 'neck', 'knee', 'hip', 'shoulder', 'whole_body'`;
const REGIONS_AFTER = `${REGIONS_BEFORE}, 'ankle_foot', 'elbow', 'wrist_hand', 'thoracic'`;

/** Built-in exercises whose easier or harder neighbour changed: [id, easier, harder], after and before. */
const LINKS_AFTER: [string, string | null, string | null][] = [
  ['knee-to-chest', 'knee-rolls', 'child-pose'],
  ['child-pose', 'knee-to-chest', 'cat-camel'],
  ['cat-camel', 'child-pose', null],
  ['seated-chin-tuck', 'lying-chin-nod', 'neck-press-hold'],
  ['step-up', 'sit-to-stand', 'step-down'],
];
const LINKS_BEFORE: [string, string | null, string | null][] = [
  ['knee-to-chest', 'knee-rolls', 'cat-camel'],
  ['cat-camel', 'knee-to-chest', 'child-pose'],
  ['child-pose', 'cat-camel', null],
  ['seated-chin-tuck', 'lying-chin-nod', null],
  ['step-up', 'sit-to-stand', null],
];

async function relink(db: Kysely<unknown>, links: [string, string | null, string | null][]): Promise<void> {
  for (const [id, easier, harder] of links) {
    await sql`update library_exercise set easier_id = ${easier}, harder_id = ${harder}
      where id = ${id} and owner_id is null`.execute(db);
  }
}

async function checkRegions(db: Kysely<unknown>, regions: string, validate: boolean): Promise<void> {
  await runStatements(
    db,
    `
    alter table library_exercise drop constraint if exists library_exercise_region_check;
    alter table library_exercise add constraint library_exercise_region_check
      check (region in (${regions}))${validate ? '' : ' not valid'};
  `,
  );
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await checkRegions(db, REGIONS_AFTER, true);
  await seedBuiltInLibrary(db, additions as readonly LibraryExercise[]);
  await relink(db, LINKS_AFTER);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await relink(db, LINKS_BEFORE);
  const ids = (additions as readonly LibraryExercise[]).map((e) => e.id);
  await sql`delete from library_exercise where owner_id is null and id in (${sql.join(ids)})`.execute(db);
  // A clinician's own exercise in a new region stays as it is: the older check holds new rows only.
  await checkRegions(db, REGIONS_BEFORE, false);
}
