// Changes to a running programme, as engine events dated today: a clinician resumes a stopped
// programme or a paused exercise, sets a quota (the person may too, in pacing mode), adds or removes
// an exercise.
import { randomUUID } from 'node:crypto';
import { type EngineView, stepFor } from '@steadily/core';
import { findEngineState } from '../db/repositories/engine-state.ts';
import type { Executor } from '../db/repositories/executor.ts';
import { findStopDate } from '../db/repositories/outputs.ts';
import {
  findProgramme,
  insertBaselineTrial,
  insertExercises,
  listExercises,
  markExerciseRemoved,
} from '../db/repositories/programmes.ts';
import { ConflictError, ForbiddenError, ValidationError } from '../errors.ts';
import type { Actor, AppContext } from './context.ts';
import { type ActiveProgramme, activeProgrammeOf, recordEngineEvent } from './engine-runner.ts';
import { requireUsableLibraryExercise } from './library.ts';
import { localDateOf } from './local-date.ts';
import { prescriptionColumns } from './prescription.ts';
import type { ExerciseInput } from './programmes.ts';
import { requirePatient, todayFor } from './screening.ts';
import { decisionView } from './views.ts';
import { writeForPatient } from './write.ts';

async function running(db: Executor, patientId: string): Promise<ActiveProgramme> {
  const row = await findProgramme(db, patientId, 'active');
  if (row === undefined) throw new ConflictError('No programme is running yet');
  return activeProgrammeOf(row);
}

async function requireExercise(db: Executor, programmeId: string, exerciseId: string) {
  const exercise = (await listExercises(db, programmeId)).find(
    (e) => e.id === exerciseId && e.removed_at === null,
  );
  if (exercise === undefined)
    throw new ValidationError('exerciseId', 'is not an exercise of the running programme');
  return exercise;
}

type Change = {
  exerciseId: string | null;
  type: 'resume' | 'set_quota' | 'end_flare' | 'add_exercise' | 'remove_exercise';
  payload: Record<string, unknown>;
};

async function applyChange(
  db: Executor,
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  programme: ActiveProgramme,
  change: Change,
) {
  const patient = await requirePatient(db, patientId);
  const result = await recordEngineEvent(db, ctx, programme, {
    id: key,
    localDate: todayFor(ctx, patient.time_zone, programme.startDate),
    createdBy: actor.accountId,
    ...change,
  });
  return { decisions: result.decisions.map(decisionView), replayedFromDay: result.replayedFromDay };
}

export interface ResumeInput {
  exerciseId?: string;
  confirmation?: 'settled' | 'doctor_checked';
  checkedOn?: string;
}

/**
 * SPEC §2 as changed for people without a clinician: they resume a paused exercise once they confirm
 * the symptom has settled, and a stopped plan once they confirm a doctor has checked them (on a date
 * from the stop to today). A clinician's patient waits for the clinician (403).
 */
async function checkOwnResume(db: Executor, ctx: AppContext, programme: ActiveProgramme, input: ResumeInput) {
  if (input.exerciseId !== undefined) {
    if (input.confirmation !== 'settled')
      throw new ValidationError('confirmation', 'Confirm that the symptom has settled (settled)');
    return;
  }
  if (input.confirmation !== 'doctor_checked')
    throw new ValidationError('confirmation', 'Confirm that a doctor has checked you (doctor_checked)');
  if (input.checkedOn === undefined)
    throw new ValidationError('checkedOn', 'Say on which date a doctor checked you');
  const patient = await requirePatient(db, programme.patientId);
  if (input.checkedOn > localDateOf(ctx.clock.now(), patient.time_zone))
    throw new ValidationError('checkedOn', 'is in the future');
  const since = await findStopDate(db, programme.id);
  if (since !== undefined && input.checkedOn < since)
    throw new ValidationError(
      'checkedOn',
      `is before your plan stopped (${since}): a doctor must check you after that`,
    );
}

export function resumeProgramme(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  input: ResumeInput,
) {
  return writeForPatient(
    ctx,
    { actor, patientId, requestId: key, allowed: ['clinician', 'self-guided'] },
    async (db, access) => {
      const programme = await running(db, patientId);
      if (input.exerciseId !== undefined) await requireExercise(db, programme.id, input.exerciseId);
      if (access.relation === 'self') await checkOwnResume(db, ctx, programme, input);
      const payload = {
        ...(input.exerciseId !== undefined && { exercise: input.exerciseId }),
        ...(access.relation === 'self' && { confirmation: input.confirmation }),
        ...(access.relation === 'self' && input.checkedOn !== undefined && { checkedOn: input.checkedOn }),
      };
      return applyChange(db, ctx, actor, patientId, key, programme, {
        type: 'resume',
        exerciseId: input.exerciseId ?? null,
        payload,
      });
    },
  );
}

/** After assessment, a clinician ends a flare: back to the pre-flare quotas at once. */
export function endFlare(ctx: AppContext, actor: Actor, patientId: string, key: string) {
  return writeForPatient(ctx, { actor, patientId, requestId: key, allowed: ['clinician'] }, async (db) => {
    const programme = await running(db, patientId);
    const view = (await findEngineState(db, programme.id))?.view as EngineView | undefined;
    // Ending a flare that has already ended changes nothing (and is not an error: two clinicians may click).
    if (view?.openFlare == null) return { decisions: [], replayedFromDay: null };
    return applyChange(db, ctx, actor, patientId, key, programme, {
      type: 'end_flare',
      exerciseId: null,
      payload: {},
    });
  });
}

export function setQuota(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  input: { exerciseId: string; quota: number },
) {
  return writeForPatient(
    ctx,
    { actor, patientId, requestId: key, allowed: ['self', 'clinician'] },
    async (db, access) => {
      const programme = await running(db, patientId);
      const view = (await findEngineState(db, programme.id))?.view as EngineView | undefined;
      // A stopped plan takes no dose (the engine would ignore it): it is resumed first.
      if (view?.mode === 'stopped')
        throw new ConflictError('The plan is stopped for safety: resume it before setting a dose');
      if (access.relation === 'self') {
        // SPEC §8: in pacing mode quotas go up only by a clinician or by the person's own choice.
        if (view?.mode !== 'pacing')
          throw new ForbiddenError('Only your clinician can set a quota outside pacing mode');
      }
      await requireExercise(db, programme.id, input.exerciseId);
      return applyChange(db, ctx, actor, patientId, key, programme, {
        type: 'set_quota',
        exerciseId: input.exerciseId,
        payload: { exercise: input.exerciseId, quota: input.quota },
      });
    },
  );
}

export function addExercise(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  input: ExerciseInput,
) {
  return writeForPatient(
    ctx,
    { actor, patientId, requestId: key, allowed: ['clinician', 'self-guided'] },
    async (db) => {
      const programme = await running(db, patientId);
      if (input.baseline === undefined || input.baseline.length === 0) {
        throw new ValidationError('baseline', 'Needs 1 to 3 baseline trials');
      }
      if (input.libraryExerciseId !== undefined)
        await requireUsableLibraryExercise(
          db,
          actor,
          patientId,
          input.libraryExerciseId,
          'libraryExerciseId',
        );
      const existing = await listExercises(db, programme.id);
      const step = stepFor(input);
      const row = {
        id: key,
        programme_id: programme.id,
        position: existing.length,
        name: input.name,
        instructions: input.instructions ?? '',
        unit: input.unit,
        step,
        max_quota: input.maxQuota ?? null,
        per_week: input.perWeek ?? 5,
        library_exercise_id: input.libraryExerciseId ?? null,
        removed_at: null,
        ...prescriptionColumns(input.unit, input, ''),
      };
      await insertExercises(db, [row]);
      const patient = await requirePatient(db, patientId);
      const today = todayFor(ctx, patient.time_zone, programme.startDate);
      for (const value of input.baseline) {
        await insertBaselineTrial(db, {
          id: randomUUID(),
          exerciseId: key,
          localDate: today,
          value,
          createdBy: actor.accountId,
        });
      }
      const plan = {
        id: key,
        name: input.name,
        unit: input.unit,
        baseline: input.baseline,
        step,
        perWeek: row.per_week,
        ...(input.maxQuota !== undefined && { maxQuota: input.maxQuota }),
      };
      return applyChange(db, ctx, actor, patientId, key, programme, {
        type: 'add_exercise',
        exerciseId: key,
        payload: { exercise: plan },
      });
    },
  );
}

export function removeExercise(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  exerciseId: string,
) {
  return writeForPatient(
    ctx,
    { actor, patientId, requestId: key, allowed: ['clinician', 'self-guided'] },
    async (db) => {
      const programme = await running(db, patientId);
      await requireExercise(db, programme.id, exerciseId);
      const result = await applyChange(db, ctx, actor, patientId, key, programme, {
        type: 'remove_exercise',
        exerciseId,
        payload: { exercise: exerciseId },
      });
      await markExerciseRemoved(db, exerciseId, ctx.clock.now());
      return result;
    },
  );
}
