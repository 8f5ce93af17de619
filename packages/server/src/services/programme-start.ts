// Starting a programme: the profile core's startEngine needs (screening outcome, presets, thresholds,
// reference morning pain, exercises with their baselines), the day-1 decisions and the day-0
// checkpoint. A clearance recorded before the start lets a programme that needed it begin at once.
import { randomUUID } from 'node:crypto';
import {
  clearanceOutcome,
  type DosingModel,
  type ExercisePlan,
  type PresetId,
  type Profile,
  type RedFlagId,
  RULES_VERSION,
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
  endProgramme,
  findProgramme,
  listBaselineTrials,
  listExercises,
} from '../db/repositories/programmes.ts';
import type { ProgrammeRow } from '../db/schema.ts';
import { ConflictError, ValidationError } from '../errors.ts';
import type { Actor, AppContext } from './context.ts';
import {
  type ActiveProgramme,
  outputRows,
  recordEngineEvent,
  requireEngine,
  saveOutcome,
} from './engine-runner.ts';
import { addDays, localDateOf } from './local-date.ts';
import { programmeView } from './programmes.ts';
import { requirePatient } from './screening.ts';
import { decisionView } from './views.ts';
import { writeForPatient } from './write.ts';

/** Day 1 may be a week back (a programme started on paper) or up to four weeks ahead (a planned start). */
export const START_DAYS_BACK = 7;
export const START_DAYS_AHEAD = 28;

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
  dosing: DosingModel,
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
    // Issue 11: new programmes run the personal model under the current rules, unless chosen otherwise.
    dosing,
    rulesVersion: RULES_VERSION,
  };
}

export function startProgramme(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  input: { startDate?: string; dosing?: DosingModel },
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
      if (startDate < addDays(today, -START_DAYS_BACK))
        throw new ValidationError('startDate', `must be within the last ${START_DAYS_BACK} days or later`);
      if (startDate > addDays(today, START_DAYS_AHEAD))
        throw new ValidationError('startDate', `must be within the next ${START_DAYS_AHEAD} days`);
      const profile = await buildProfile(db, patient, draft, startDate, input.dosing ?? 'personal');
      const started = requireEngine(ctx).startEngine(profile);
      const previous = await findProgramme(db, patientId, 'active');
      if (previous !== undefined) await endProgramme(db, previous.id, ctx.clock.now());
      await activateProgramme(db, draft.id, {
        startDate,
        profile: toJson(profile),
        startedAt: ctx.clock.now(),
        dosing: profile.dosing ?? 'personal',
        rulesVersion: RULES_VERSION,
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
