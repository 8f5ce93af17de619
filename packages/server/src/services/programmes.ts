// Programmes: a draft the clinician (or a self-guided person) builds, baseline trials, the start
// (core's startEngine, stored with its decisions and a day-0 checkpoint), and exercises added to or
// removed from a running programme (engine events).
import { randomUUID } from 'node:crypto';
import {
  clearanceOutcome,
  type ExercisePlan,
  type PresetId,
  type Profile,
  type RedFlagId,
  stepFor,
  type Thresholds,
} from '@steadily/core';
import { toJson } from '../db/json.ts';
import { saveCheckpoint } from '../db/repositories/engine-state.ts';
import { listMorningsBefore } from '../db/repositories/events.ts';
import type { Executor } from '../db/repositories/executor.ts';
import { insertDecisions, insertNotices, listDecisions } from '../db/repositories/outputs.ts';
import type { PatientRecord } from '../db/repositories/patients.ts';
import {
  activateProgramme,
  deleteProgramme,
  endProgramme,
  findProgramme,
  insertBaselineTrial,
  insertExercises,
  insertProgramme,
  listBaselineTrials,
  listExercises,
} from '../db/repositories/programmes.ts';
import type { ExerciseRow, ProgrammeRow } from '../db/schema.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts';
import type { Actor, AppContext } from './context.ts';
import {
  type ActiveProgramme,
  outputRows,
  recordEngineEvent,
  requireEngine,
  saveOutcome,
} from './engine-runner.ts';
import { addDays, localDateOf } from './local-date.ts';
import { requirePatient } from './screening.ts';
import { decisionView, exerciseView } from './views.ts';
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
  };
}

async function programmeView(db: Executor, row: ProgrammeRow) {
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

async function referencePain(db: Executor, patient: PatientRecord, startDate: string): Promise<number> {
  if (patient.reference_morning_pain !== null) return patient.reference_morning_pain;
  const mornings = await listMorningsBefore(db, patient.id, addDays(startDate, 1), 3);
  if (mornings.length < 3) {
    throw new ValidationError(
      'referenceMorningPain',
      'Enter a reference morning pain, or log three mornings first',
    );
  }
  return mornings.reduce((sum, m) => sum + Number(m.payload.pain), 0) / mornings.length;
}

async function buildProfile(
  db: Executor,
  patient: PatientRecord,
  draft: ProgrammeRow,
  startDate: string,
): Promise<Profile> {
  if (patient.screening_status === null)
    throw new ValidationError('screening', 'Answer the safety questions first');
  const screening = patient.screening as {
    clearance: { general: boolean[]; followUps?: Record<string, boolean> };
    redFlags: RedFlagId[];
    pem: boolean;
  };
  const trials = await listBaselineTrials(db, draft.id);
  const rows = await listExercises(db, draft.id);
  if (rows.length === 0) throw new ValidationError('exercises', 'Add at least one exercise');
  const exercises: ExercisePlan[] = rows.map((e, i) => {
    const baseline = trials
      .filter((t) => t.exercise_id === e.id)
      .map((t) => t.value)
      .slice(0, 3);
    if (baseline.length === 0)
      throw new ValidationError(`exercises[${i}].baseline`, 'Needs 1 to 3 baseline trials');
    return {
      id: e.id,
      name: e.name,
      unit: e.unit,
      baseline,
      step: e.step,
      perWeek: e.per_week,
      ...(e.max_quota !== null && { maxQuota: e.max_quota }),
    };
  });
  return {
    presets: patient.presets as PresetId[],
    thresholds: patient.thresholds as Partial<Thresholds>,
    screening: {
      clearance: clearanceOutcome(screening.clearance),
      redFlags: screening.redFlags,
      pem: screening.pem,
    },
    referenceMorningPain: await referencePain(db, patient, startDate),
    exercises,
  };
}

export function startProgramme(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  input: { startDate?: string },
) {
  return writeForPatient(
    ctx,
    { actor, patientId, requestId: key, allowed: ['clinician', 'self-guided'] },
    async (db) => {
      const patient = await requirePatient(db, patientId);
      const draft = await findProgramme(db, patientId, 'draft');
      if (draft === undefined) throw new ConflictError('There is no draft programme to start');
      const today = localDateOf(ctx.clock.now(), patient.time_zone);
      const startDate = input.startDate ?? today;
      if (startDate < addDays(today, -7))
        throw new ValidationError('startDate', 'must be within the last 7 days or later');
      const profile = await buildProfile(db, patient, draft, startDate);
      const started = requireEngine(ctx).startEngine(profile);
      const previous = await findProgramme(db, patientId, 'active');
      if (previous !== undefined) await endProgramme(db, previous.id, ctx.clock.now());
      await activateProgramme(db, draft.id, {
        startDate,
        profile: toJson(profile),
        startedAt: ctx.clock.now(),
      });
      const programme: ActiveProgramme = { id: draft.id, patientId, startDate, profile };
      const rows = outputRows(programme, started, { id: null, rank: -1, seq: 0 }, 1);
      await insertDecisions(db, rows.decisions);
      await insertNotices(db, rows.notices);
      await saveCheckpoint(db, draft.id, 0, started.engine.snapshot());
      await saveOutcome(db, programme, started.engine, 0);
      // Clearance recorded before the start lets a programme that needs it begin on its first day.
      if (patient.clearance !== null && patient.screening_status === 'needs_clearance') {
        await recordEngineEvent(db, ctx, programme, {
          id: randomUUID(),
          localDate: startDate,
          type: 'clearance',
          exerciseId: null,
          payload: {},
          createdBy: actor.accountId,
        });
      }
      const view = await programmeView(db, (await findProgramme(db, patientId, 'active')) as ProgrammeRow);
      return { ...view, decisions: (await listDecisions(db, draft.id)).map(decisionView) };
    },
  );
}
