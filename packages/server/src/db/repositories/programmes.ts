// Programmes (a draft, then one active at a time), their exercises and the baseline trials.
import type { Insertable } from 'kysely';
import type { ProgrammeExerciseTable, ProgrammeTable } from '../schema.ts';
import type { Executor } from './executor.ts';

export function findProgramme(db: Executor, patientId: string, status: 'draft' | 'active') {
  return db
    .selectFrom('programme')
    .selectAll()
    .where('patient_id', '=', patientId)
    .where('status', '=', status)
    .executeTakeFirst();
}

export async function insertProgramme(db: Executor, row: Insertable<ProgrammeTable>): Promise<void> {
  await db.insertInto('programme').values(row).execute();
}

export async function deleteProgramme(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('programme').where('id', '=', id).execute();
}

export async function activateProgramme(
  db: Executor,
  id: string,
  fields: {
    startDate: string;
    profile: string;
    startedAt: Date;
    dosing: 'classic' | 'personal';
    rulesVersion: number;
  },
): Promise<void> {
  await db
    .updateTable('programme')
    .set({
      status: 'active',
      start_date: fields.startDate,
      profile: fields.profile,
      started_at: fields.startedAt,
      dosing: fields.dosing,
      rules_version: fields.rulesVersion,
    })
    .where('id', '=', id)
    .execute();
}

export async function endProgramme(db: Executor, id: string, at: Date): Promise<void> {
  await db.updateTable('programme').set({ status: 'ended', ended_at: at }).where('id', '=', id).execute();
}

export async function insertExercises(
  db: Executor,
  rows: Insertable<ProgrammeExerciseTable>[],
): Promise<void> {
  if (rows.length > 0) await db.insertInto('programme_exercise').values(rows).execute();
}

export function listExercises(db: Executor, programmeId: string) {
  return db
    .selectFrom('programme_exercise')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .orderBy('position')
    .execute();
}

export function listBaselineTrials(db: Executor, programmeId: string) {
  return db
    .selectFrom('baseline_trial as t')
    .innerJoin('programme_exercise as e', 'e.id', 't.exercise_id')
    .select(['t.id', 't.exercise_id', 't.local_date', 't.value', 't.created_at'])
    .where('e.programme_id', '=', programmeId)
    .orderBy('t.created_at')
    .orderBy('t.id')
    .execute();
}

export async function insertBaselineTrial(
  db: Executor,
  row: { id: string; exerciseId: string; localDate: string; value: number; createdBy: string },
): Promise<void> {
  await db
    .insertInto('baseline_trial')
    .values({
      id: row.id,
      exercise_id: row.exerciseId,
      local_date: row.localDate,
      value: row.value,
      created_by: row.createdBy,
    })
    .execute();
}

export async function markExerciseRemoved(db: Executor, id: string, at: Date): Promise<void> {
  await db.updateTable('programme_exercise').set({ removed_at: at }).where('id', '=', id).execute();
}

export function listProgrammesOf(db: Executor, patientId: string) {
  return db
    .selectFrom('programme')
    .selectAll()
    .where('patient_id', '=', patientId)
    .orderBy('created_at')
    .execute();
}

/** The dosing model and rules version in force after a `set_dosing` event (issue 11). */
export async function setProgrammeDosing(
  db: Executor,
  id: string,
  fields: { dosing: 'classic' | 'personal'; rulesVersion: number },
): Promise<void> {
  await db
    .updateTable('programme')
    .set({ dosing: fields.dosing, rules_version: fields.rulesVersion })
    .where('id', '=', id)
    .execute();
}

/** Running programmes made under an older rules version than this build's: the release switch's work. */
export function listProgrammesBehindRelease(db: Executor, rulesVersion: number) {
  return db
    .selectFrom('programme')
    .select(['id', 'patient_id'])
    .where('status', '=', 'active')
    .where('rules_version', '<', rulesVersion)
    .orderBy('id')
    .execute();
}

export async function markDosingNoticeSeen(db: Executor, id: string, at: Date): Promise<void> {
  await db
    .updateTable('programme')
    .set({ dosing_notice_seen_at: at })
    .where('id', '=', id)
    .where('dosing_notice_seen_at', 'is', null)
    .execute();
}

export async function updatePrescription(
  db: Executor,
  id: string,
  columns: { sets: number | null; load_kg: number | null; rest_seconds: number | null },
): Promise<void> {
  await db.updateTable('programme_exercise').set(columns).where('id', '=', id).execute();
}
