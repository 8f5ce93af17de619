// Safety screening, clearance, conditions, thresholds and reference pain: the parts of a person's
// record the engine's profile is built from. Once a programme runs, a red flag answer and a threshold
// change become engine events; a clearance starts a programme that was waiting for it.
import { createHash } from 'node:crypto';
import {
  type ConditionId,
  clearanceOutcome,
  followUpsOpened,
  type PresetId,
  presetsForConditions,
  type RedFlagId,
  screeningOutcome,
  type Thresholds,
} from '@steadily/core';
import { toJson } from '../db/json.ts';
import type { Executor } from '../db/repositories/executor.ts';
import { findPatient, updatePatient } from '../db/repositories/patients.ts';
import { findProgramme } from '../db/repositories/programmes.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { Actor, AppContext } from './context.ts';
import { type ActiveProgramme, activeProgrammeOf, recordEngineEvent } from './engine-runner.ts';
import { localDateOf } from './local-date.ts';
import { writeForPatient } from './write.ts';

export interface ScreeningInput {
  clearance: { general: boolean[]; followUps?: Partial<Record<string, boolean>> };
  redFlags: RedFlagId[];
  pem: boolean;
}

export async function requirePatient(db: Executor, patientId: string) {
  const patient = await findPatient(db, patientId);
  if (patient === undefined) throw new NotFoundError('No such patient');
  return patient;
}

/** Today in the person's time zone, never before their programme's first day. */
export function todayFor(ctx: AppContext, timeZone: string, startDate: string | null): string {
  const today = localDateOf(ctx.clock.now(), timeZone);
  return startDate !== null && today < startDate ? startDate : today;
}

async function runningProgramme(db: Executor, patientId: string) {
  const row = await findProgramme(db, patientId, 'active');
  return row === undefined ? null : activeProgrammeOf(row);
}

export function putScreening(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  input: ScreeningInput,
) {
  return writeForPatient(
    ctx,
    { actor, patientId, requestId: key, allowed: ['self', 'clinician'] },
    async (db) => {
      const patient = await requirePatient(db, patientId);
      const followUps = Object.fromEntries(
        Object.entries(input.clearance.followUps ?? {}).filter(
          (e): e is [string, boolean] => e[1] !== undefined,
        ),
      );
      const clearance = clearanceOutcome({ general: input.clearance.general, followUps });
      const outcome = screeningOutcome({ clearance, redFlags: input.redFlags, pem: input.pem });
      await updatePatient(db, patientId, {
        screening: toJson({ ...input, answeredAt: ctx.clock.now().toISOString() }),
        screening_status: outcome.status,
        pacing: outcome.pacing,
      });
      const programme = await runningProgramme(db, patientId);
      if (programme !== null && input.pem !== patient.pacing) {
        // A new PEM answer while the programme runs: pacing (and the mecfs preset) from today.
        const presets = patient.presets as PresetId[];
        await recordPresetChange(
          db,
          ctx,
          programme,
          derivedId(key, 'presets'),
          { presets, pem: input.pem },
          actor,
        );
      }
      if (programme !== null && input.redFlags.length > 0) {
        await recordEngineEvent(db, ctx, programme, {
          id: key,
          localDate: todayFor(ctx, patient.time_zone, programme.startDate),
          type: 'red_flag',
          exerciseId: null,
          payload: { redFlags: input.redFlags },
          createdBy: actor.accountId,
        });
      }
      return {
        status: outcome.status,
        pacing: outcome.pacing,
        followUpsOpened: followUpsOpened(input.clearance.general),
      };
    },
  );
}

export function recordClearance(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  input: { clearedOn: string; clearedBy?: string },
) {
  return writeForPatient(
    ctx,
    { actor, patientId, requestId: key, allowed: ['clinician', 'self-guided'] },
    async (db, access) => {
      const patient = await requirePatient(db, patientId);
      const today = localDateOf(ctx.clock.now(), patient.time_zone);
      if (input.clearedOn > today) throw new ValidationError('clearedOn', 'must not be in the future');
      const clearance = {
        clearedOn: input.clearedOn,
        clearedBy: input.clearedBy ?? null,
        recordedBy: actor.accountId,
        kind: access.relation === 'clinician' ? 'clinician' : 'self',
        recordedAt: ctx.clock.now().toISOString(),
      };
      await updatePatient(db, patientId, { clearance: toJson(clearance) });
      const programme = await runningProgramme(db, patientId);
      // The engine starts a programme waiting for clearance on the day clearance is recorded.
      if (programme !== null) {
        await recordEngineEvent(db, ctx, programme, {
          id: key,
          localDate: todayFor(ctx, patient.time_zone, programme.startDate),
          type: 'clearance',
          exerciseId: null,
          payload: {},
          createdBy: actor.accountId,
        });
      }
      return clearance;
    },
  );
}

export function putConditions(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  conditions: ConditionId[],
) {
  return writeForPatient(
    ctx,
    { actor, patientId, requestId: key, allowed: ['self', 'clinician'] },
    async (db) => {
      const patient = await requirePatient(db, patientId);
      const presets = presetsForConditions(conditions);
      await updatePatient(db, patientId, { conditions: toJson(conditions), presets: toJson(presets) });
      const programme = await runningProgramme(db, patientId);
      if (programme !== null) {
        await recordPresetChange(db, ctx, programme, key, { presets, pem: patient.pacing }, actor);
      }
      return { conditions, presets };
    },
  );
}

/** Presets and pacing change mid-programme through a `set_presets` engine event dated today. */
async function recordPresetChange(
  db: Executor,
  ctx: AppContext,
  programme: ActiveProgramme,
  id: string,
  payload: { presets: PresetId[]; pem: boolean },
  actor: Actor,
) {
  const patient = await requirePatient(db, programme.patientId);
  await recordEngineEvent(db, ctx, programme, {
    id,
    localDate: todayFor(ctx, patient.time_zone, programme.startDate),
    type: 'set_presets',
    exerciseId: null,
    payload,
    createdBy: actor.accountId,
  });
}

/** A second event from one request needs its own id, derived from the request's key (stable on retry). */
function derivedId(key: string, purpose: string): string {
  const hex = createHash('sha256').update(`${key}:${purpose}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function putThresholds(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  thresholds: Partial<Thresholds>,
) {
  return writeForPatient(ctx, { actor, patientId, requestId: key, allowed: ['clinician'] }, async (db) => {
    const patient = await requirePatient(db, patientId);
    const merged = { ...(patient.thresholds as Partial<Thresholds>), ...thresholds };
    await updatePatient(db, patientId, { thresholds: toJson(merged) });
    const programme = await runningProgramme(db, patientId);
    if (programme !== null) {
      await recordEngineEvent(db, ctx, programme, {
        id: key,
        localDate: todayFor(ctx, patient.time_zone, programme.startDate),
        type: 'set_thresholds',
        exerciseId: null,
        payload: { thresholds },
        createdBy: actor.accountId,
      });
    }
    return { thresholds: merged };
  });
}

export function putReferencePain(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  pain: number,
) {
  return writeForPatient(
    ctx,
    { actor, patientId, requestId: key, allowed: ['self', 'clinician'] },
    async (db) => {
      await updatePatient(db, patientId, { reference_morning_pain: pain });
      return { referenceMorningPain: pain };
    },
  );
}
