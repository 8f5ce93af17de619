// The person's record: screening, presets, thresholds, reference pain, and a summary of the engine's
// view (mode, flags, risk rank) kept beside it for lists. Locking this row serialises a person's writes.
import type { Mode } from '@steadily/core';
import type { Updateable } from 'kysely';
import { toJson } from '../json.ts';
import type { PatientTable } from '../schema.ts';
import type { Executor } from './executor.ts';

export async function insertPatient(db: Executor, id: string): Promise<void> {
  await db
    .insertInto('patient')
    .values({ id, conditions: '[]', presets: '["default"]', thresholds: '{}', flags: '[]' })
    .execute();
}

export function findPatient(db: Executor, id: string) {
  return db
    .selectFrom('patient as p')
    .innerJoin('account as a', 'a.id', 'p.id')
    .selectAll('p')
    .select(['a.display_name', 'a.time_zone', 'a.email', 'a.locale'])
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export type PatientRecord = NonNullable<Awaited<ReturnType<typeof findPatient>>>;

/** Takes the person's write lock until the transaction ends (two processes serialise here). */
export async function lockPatient(db: Executor, id: string): Promise<boolean> {
  const row = await db.selectFrom('patient').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  return row !== undefined;
}

export async function updatePatient(
  db: Executor,
  id: string,
  patch: Updateable<PatientTable>,
): Promise<void> {
  await db
    .updateTable('patient')
    .set({ ...patch, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

export async function setPatientSummary(
  db: Executor,
  id: string,
  summary: { mode: Mode; flags: string[]; riskRank: number },
): Promise<void> {
  await db
    .updateTable('patient')
    .set({
      mode: summary.mode,
      flags: toJson(summary.flags),
      risk_rank: summary.riskRank,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute();
}

/** Every person with a record, in id order (for exports of everyone). */
export async function listPatientIds(db: Executor): Promise<string[]> {
  const rows = await db.selectFrom('patient').select('id').orderBy('id').execute();
  return rows.map((r) => r.id);
}
