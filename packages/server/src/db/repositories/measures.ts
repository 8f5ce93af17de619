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
