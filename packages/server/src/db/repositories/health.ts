// The database answers at all (for /api/health).
import { sql } from 'kysely';
import type { Executor } from './executor.ts';

export async function pingDatabase(db: Executor): Promise<void> {
  await sql`select 1`.execute(db);
}
