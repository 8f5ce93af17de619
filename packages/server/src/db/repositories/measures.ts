// Outcome measures (PEG, PSEQ, PSFS, PHQ-2) at weeks 0, 6 and 12.
import type { Insertable } from 'kysely';
import type { MeasureTable } from '../schema.ts';
import type { Executor } from './executor.ts';

export async function insertMeasure(db: Executor, row: Insertable<MeasureTable>): Promise<void> {
  await db.insertInto('measure').values(row).execute();
}

export function findMeasure(db: Executor, patientId: string, instrument: string, week: number) {
  return db
    .selectFrom('measure')
    .selectAll()
    .where('patient_id', '=', patientId)
    .where('instrument', '=', instrument as MeasureTable['instrument'])
    .where('week', '=', week)
    .executeTakeFirst();
}

export function listMeasures(db: Executor, patientId: string) {
  return db
    .selectFrom('measure')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('instrument')
    .orderBy('week')
    .execute();
}

/** PHQ-2 answers of 3 or more (SPEC §3): each is an alert for the clinician until acknowledged. */
export function listPhq2Alerts(db: Executor, patientIds: string[], atLeast: number) {
  if (patientIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('measure as m')
    .leftJoin('account as by', 'by.id', 'm.acknowledged_by')
    .select([
      'm.id',
      'm.patient_id',
      'm.week',
      'm.local_date',
      'm.total',
      'm.acknowledged_at',
      'm.acknowledged_by',
      'by.display_name as acknowledged_by_name',
    ])
    .where('m.patient_id', 'in', patientIds)
    .where('m.instrument', '=', 'PHQ2')
    .where('m.total', '>=', atLeast)
    .orderBy('m.week')
    .execute();
}

/** Marks a PHQ-2 alert as seen; false when the person has no such measure. */
export async function acknowledgeMeasure(
  db: Executor,
  patientId: string,
  measureId: string,
  by: string,
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('measure')
    .set({ acknowledged_at: at, acknowledged_by: by })
    .where('patient_id', '=', patientId)
    .where('id', '=', measureId)
    .where('acknowledged_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
/** Every measure with who entered it (the person or a clinician), for exports. */
export function listMeasuresWithAuthors(db: Executor, patientId: string) {
  return db
    .selectFrom('measure as m')
    .leftJoin('account as a', 'a.id', 'm.created_by')
    .selectAll('m')
    .select(['a.role as author_role', 'a.display_name as author_name'])
    .where('m.patient_id', '=', patientId)
    .orderBy('m.instrument')
    .orderBy('m.week')
    .execute();
}
