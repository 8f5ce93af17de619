// Programmes: a draft the clinician (or a self-guided person) builds, baseline trials, the start
// (core's startEngine, stored with its decisions and a day-0 checkpoint), and exercises added to or
// removed from a running programme (engine events).
import { randomUUID } from 'node:crypto';
import { type ExercisePlan, stepFor } from '@steadily/core';
import type { Executor } from '../db/repositories/executor.ts';
import {
  deleteProgramme,
  findProgramme,
  insertBaselineTrial,
  insertExercises,
  insertProgramme,
  listBaselineTrials,
  listExercises,
  updatePrescription,
} from '../db/repositories/programmes.ts';
import type { ExerciseRow, ProgrammeRow } from '../db/schema.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import type { Actor, AppContext } from './context.ts';
import { requireUsableLibraryExercise } from './library.ts';
import { localDateOf } from './local-date.ts';
import { type PrescriptionInput, prescriptionColumns } from './prescription.ts';
import { requirePatient } from './screening.ts';
import { exerciseView } from './views.ts';
import { readForPatient, writeForPatient } from './write.ts';

export interface ExerciseInput {
  name: string;
  instructions?: string;
  unit: ExercisePlan['unit'];
  step?: number;
  maxQuota?: number;
  perWeek?: number;
  libraryExerciseId?: string;
  baseline?: number[];
  sets?: number;
  loadKg?: number;
  restSeconds?: number;
}

function exerciseRow(
  programmeId: string,
  input: ExerciseInput,
  position: number,
  field: string,
): ExerciseRow {
  const step = stepFor(input);
  if (
    input.maxQuota !== undefined &&
    Math.abs(input.maxQuota / step - Math.round(input.maxQuota / step)) > 1e-9
  ) {
    throw new ValidationError(`${field}.maxQuota`, 'must be a multiple of the step');
  }
  return {
    id: randomUUID(),
    programme_id: programmeId,
    position,
    name: input.name,
    instructions: input.instructions ?? '',
    unit: input.unit,
    step,
    max_quota: input.maxQuota ?? null,
    per_week: input.perWeek ?? 5,
    library_exercise_id: input.libraryExerciseId ?? null,
    removed_at: null,
    ...prescriptionColumns(input.unit, input, `${field}.`),
  };
}

export async function programmeView(db: Executor, row: ProgrammeRow) {
  const trials = await listBaselineTrials(db, row.id);
  const exercises = (await listExercises(db, row.id)).map((e) =>
    exerciseView(
      e,
      trials.filter((t) => t.exercise_id === e.id).map((t) => t.value),
    ),
  );
  return {
    id: row.id,
    status: row.status,
    startDate: row.start_date,
    flarePlan: row.flare_plan,
    createdAt: row.created_at.toISOString(),
    exercises,
  };
}

async function currentProgramme(db: Executor, patientId: string) {
  return (await findProgramme(db, patientId, 'draft')) ?? (await findProgramme(db, patientId, 'active'));
}

export function getProgramme(ctx: AppContext, actor: Actor, patientId: string) {
  return readForPatient(ctx, actor, patientId, async (db) => {
    const row = await currentProgramme(db, patientId);
    if (row === undefined) throw new NotFoundError('No programme yet');
    return programmeView(db, row);
  });
}

export function putProgramme(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  input: { exercises: ExerciseInput[]; flarePlan?: string },
) {
  return writeForPatient(
    ctx,
    { actor, patientId, requestId: key, allowed: ['clinician', 'self-guided'] },
    async (db) => {
      const patient = await requirePatient(db, patientId);
      for (const [i, e] of input.exercises.entries())
        if (e.libraryExerciseId !== undefined)
          await requireUsableLibraryExercise(
            db,
            actor,
            patientId,
            e.libraryExerciseId,
            `exercises[${i}].libraryExerciseId`,
          );
      const draft = await findProgramme(db, patientId, 'draft');
      if (draft !== undefined) await deleteProgramme(db, draft.id);
      await insertProgramme(db, {
        id: key,
        patient_id: patientId,
        status: 'draft',
        start_date: null,
        profile: null,
        flare_plan: input.flarePlan ?? null,
        created_by: actor.accountId,
      });
      const rows = input.exercises.map((e, i) => exerciseRow(key, e, i, `exercises[${i}]`));
      await insertExercises(db, rows);
      const today = localDateOf(ctx.clock.now(), patient.time_zone);
      for (const [i, e] of input.exercises.entries()) {
        for (const value of e.baseline ?? []) {
          await insertBaselineTrial(db, {
            id: randomUUID(),
            exerciseId: rows[i]?.id as string,
            localDate: today,
            value,
            createdBy: actor.accountId,
          });
        }
      }
      return programmeView(db, (await findProgramme(db, patientId, 'draft')) as ProgrammeRow);
    },
  );
}

export function addBaselineTrial(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  input: { exerciseId: string; value: number; localDate: string },
) {
  return writeForPatient(
    ctx,
    { actor, patientId, requestId: key, allowed: ['self', 'clinician'] },
    async (db) => {
      const draft = await findProgramme(db, patientId, 'draft');
      if (draft === undefined)
        throw new ConflictError('Baseline trials are for a programme that has not started');
      const exercise = (await listExercises(db, draft.id)).find((e) => e.id === input.exerciseId);
      if (exercise === undefined) throw new NotFoundError('No such exercise in the programme');
      const trials = (await listBaselineTrials(db, draft.id)).filter((t) => t.exercise_id === exercise.id);
      if (trials.length >= 3) throw new ConflictError('This exercise already has 3 baseline trials');
      await insertBaselineTrial(db, { id: key, ...input, createdBy: actor.accountId });
      return programmeView(db, draft);
    },
  );
}

/** A clinician (or a self-guided person) changes the sets, load or rest of one exercise, draft or running. */
export function setPrescription(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  exerciseId: string,
  input: Required<PrescriptionInput>,
) {
  return writeForPatient(
    ctx,
    { actor, patientId, requestId: key, allowed: ['clinician', 'self-guided'] },
    async (db) => {
      const programme =
        (await findProgramme(db, patientId, 'active')) ?? (await findProgramme(db, patientId, 'draft'));
      if (programme === undefined) throw new NotFoundError('No programme yet');
      const exercise = (await listExercises(db, programme.id)).find(
        (e) => e.id === exerciseId && e.removed_at === null,
      );
      if (exercise === undefined) throw new NotFoundError('No such exercise in the programme');
      await updatePrescription(db, exercise.id, prescriptionColumns(exercise.unit, input, ''));
      return programmeView(db, programme);
    },
  );
}
