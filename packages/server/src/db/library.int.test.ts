// The built-in library in the database is core's library, whether the install is fresh or was made
// before the library grew (migration 0014): both end with exactly the same rows.
import { exerciseLibrary } from '@steadily/core';
import { type Kysely, sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createScratchPostgres, databaseKinds } from '../test/databases.ts';
import { type Database, type DatabaseKind, openDatabase } from './database.ts';
import { builtInLibraryAt0008 } from './library-seed.ts';
import type { DB } from './schema.ts';
import { knownMigrations, migrateTo } from './schema-version.ts';

const BEFORE_0014 = '0009-one-alert-per-flag';

async function emptyDatabase(kind: DatabaseKind): Promise<{ database: Database; dispose(): Promise<void> }> {
  if (kind === 'pglite') {
    const database = await openDatabase({ memory: true });
    return { database, dispose: () => database.close() };
  }
  const scratch = await createScratchPostgres();
  const database = await openDatabase({ url: scratch.url });
  return {
    database,
    dispose: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}

async function builtInRows(db: Kysely<DB>) {
  const { rows } = await sql<Record<string, unknown>>`
    select id, name, instructions, unit, step, max_quota, modality, region, per_week_default, easier_id,
      harder_id, illustration, archived_at
    from library_exercise where owner_id is null order by id`.execute(db);
  return rows;
}

/** Core's library as rows (its difficulty level lives in core only). */
function coreRows() {
  return exerciseLibrary
    .map((e) => ({
      id: e.id,
      name: e.name,
      instructions: e.instructions,
      unit: e.unit,
      step: e.step,
      max_quota: e.maxQuota,
      modality: e.modality,
      region: e.region,
      per_week_default: e.perWeekDefault,
      easier_id: e.easierId,
      harder_id: e.harderId,
      illustration: e.illustration,
      archived_at: null,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

for (const kind of databaseKinds()) {
  describe(`the built-in library across migrations [${kind}]`, () => {
    const disposers: (() => Promise<void>)[] = [];
    afterAll(async () => {
      for (const dispose of disposers) await dispose();
    });

    async function database(): Promise<Kysely<DB>> {
      const opened = await emptyDatabase(kind);
      disposers.push(opened.dispose);
      return opened.database.db;
    }

    it("gives a fresh install exactly core's library", async () => {
      const db = await database();
      await migrateTo(db, (await knownMigrations()).at(-1) ?? null);
      expect(await builtInRows(db)).toEqual(coreRows());
    });

    it('brings an install made before 0014 to the same rows, and back down again', async () => {
      const db = await database();
      await migrateTo(db, BEFORE_0014);
      const before = await builtInRows(db);
      expect(before).toHaveLength(55);
      expect(before.map((row) => row.id)).toEqual(builtInLibraryAt0008.map((e) => e.id).sort());
      expect(before.find((row) => row.id === 'child-pose')).toMatchObject({
        easier_id: 'cat-camel',
        harder_id: null,
      });
      await sql`insert into account (id, email, password_hash, display_name, role, time_zone) values
        ('00000000-0000-4000-8000-000000000001', 'own@example.org', 'x', 'Dr Own', 'clinician', 'UTC')`.execute(
        db,
      );
      await sql`insert into library_exercise (id, owner_id, name, instructions, unit, step, max_quota,
        modality, region, per_week_default) values ('00000000-0000-4000-8000-0000000000aa',
        '00000000-0000-4000-8000-000000000001', '{"en":"Mine"}', '{"en":"Do it."}', 'reps', 1, 10,
        'strength', 'knee', 3)`.execute(db);

      await migrateTo(db, (await knownMigrations()).at(-1) ?? null);
      expect(await builtInRows(db)).toEqual(coreRows());
      const own = await sql`select id from library_exercise where owner_id is not null`.execute(db);
      expect(own.rows).toHaveLength(1);

      // A clinician's own exercise in a new region survives going back down.
      await sql`update library_exercise set region = 'elbow' where owner_id is not null`.execute(db);
      await migrateTo(db, BEFORE_0014);
      expect(await builtInRows(db)).toEqual(before);
      const kept = await sql`select region from library_exercise where owner_id is not null`.execute(db);
      expect(kept.rows).toEqual([{ region: 'elbow' }]);
      await expect(
        sql`update library_exercise set region = 'wrist_hand' where owner_id is not null`.execute(db),
      ).rejects.toThrow(/library_exercise_region_check/);
    });
  });
}
