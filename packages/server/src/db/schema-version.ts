// The schema's version is the name of its newest migration. Backups name it in their header; a restore
// moves a database to that version (up or down) before the rows go in, and to the newest after.
import type { Kysely } from 'kysely';
import { Migrator, NO_MIGRATIONS } from 'kysely/migration';
import { migrationProvider } from './migrations/index.ts';
import type { DB } from './schema.ts';

/** Every migration this build knows, oldest first. */
export async function knownMigrations(): Promise<string[]> {
  return Object.keys(await migrationProvider.getMigrations()).sort();
}

/** Runs migrations up or down until `target` is the newest applied (null: none at all). */
export async function migrateTo(db: Kysely<DB>, target: string | null): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateTo(target ?? NO_MIGRATIONS);
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
