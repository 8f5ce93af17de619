// What a person logs: sessions (pain after may come later), morning check-ins, flares, crashes,
// safety symptoms and red-flag answers. Each becomes an engine event at its own local date; a morning
// before the programme starts is kept for the onboarding reference pain.
import {
  type EngineEvent,
  type EngineView,
  EVENT_RANK,
  isUrgentSymptom,
  type RedFlagId,
  type SafetySymptom,
} from '@steadily/core';
import { toJson } from '../db/json.ts';
import { findEngineState } from '../db/repositories/engine-state.ts';
import { insertEvent, listPatientEvents } from '../db/repositories/events.ts';
import type { Executor } from '../db/repositories/executor.ts';
import { findStopDate } from '../db/repositories/outputs.ts';
import type { PatientRecord } from '../db/repositories/patients.ts';
import { findProgramme, listExercises } from '../db/repositories/programmes.ts';
import type { EventRow } from '../db/schema.ts';
import { ConflictError, ValidationError } from '../errors.ts';
import type { Allowed } from './access.ts';
import type { Actor, AppContext } from './context.ts';
import { activeProgrammeOf, recordEngineEvent } from './engine-runner.ts';
import { addDays, localDateOf, startOfLocalDate } from './local-date.ts';
import { requirePatient } from './screening.ts';
import { decisionView, eventView } from './views.ts';
import { writeForPatient } from './write.ts';

/**
 * How far back a morning before the programme may be dated: the onboarding weeks that give the
 * reference pain (SPEC §3). A morning of a running programme may be dated any day since its start.
 */
export const ONBOARDING_WINDOW_DAYS = 28;

/** SPEC §4 asks for pain "about an hour after": the push for an unanswered one comes then. */
export const PAIN_AFTER_DELAY_MS = 60 * 60 * 1000;

interface LogInput {
  localDate: string;
  type: EngineEvent['type'];
  exerciseId: string | null;
  payload: Record<string, unknown>;
}

function withoutUndefined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

async function storeEvent(
  db: Executor,
  ctx: AppContext,
  actor: Actor,
  patient: PatientRecord,
  key: string,
  input: LogInput,
  imported: boolean,
) {
  if (input.localDate > addDays(localDateOf(ctx.clock.now(), patient.time_zone), 1)) {
    throw new ValidationError('localDate', 'is in the future');
  }
  const row = await findProgramme(db, patient.id, 'active');
  const beforeStart = row === undefined || input.localDate < (row.start_date as string);
  if (beforeStart && input.type !== 'morning') {
    if (row === undefined) throw new ConflictError('No programme is running yet');
    throw new ValidationError('localDate', 'is before the programme started');
  }
  // Mornings before day 1 are the onboarding's (reference pain): only the weeks before today. An
  // imported history (FHIR) keeps the dates it was recorded on, however old (SPEC §5's R uses them).
  const today = localDateOf(ctx.clock.now(), patient.time_zone);
  if (!imported && beforeStart && input.localDate < addDays(today, -ONBOARDING_WINDOW_DAYS)) {
    throw new ValidationError(
      'localDate',
      `is more than ${ONBOARDING_WINDOW_DAYS} days ago, before the programme: too early to count`,
    );
  }
  if (row === undefined || beforeStart) {
    const event = await insertEvent(db, {
      id: key,
      patientId: patient.id,
      programmeId: null,
      localDate: input.localDate,
      day: null,
      type: input.type,
      rank: EVENT_RANK[input.type],
      exerciseId: null,
      payload: toJson(input.payload),
      createdBy: actor.accountId,
    });
    return { event, decisions: [], replayedFromDay: null };
  }
  if (input.exerciseId !== null) {
    const exercise = (await listExercises(db, row.id)).find(
      (e) => e.id === input.exerciseId && e.removed_at === null,
    );
    if (exercise === undefined)
      throw new ValidationError('exerciseId', 'is not an exercise of the running programme');
  }
  const programme = activeProgrammeOf(row);
  if (input.type === 'session') await refuseWhileStopped(db, programme.id, input.localDate);
  const result = await recordEngineEvent(db, ctx, programme, {
    id: key,
    ...input,
    createdBy: actor.accountId,
  });
  if (input.type === 'session') {
    const tickDate = addDays(input.localDate, 2);
    await ctx.jobs.scheduleDayEnd(db, {
      patientId: patient.id,
      programmeId: programme.id,
      tickDate,
      runAt: startOfLocalDate(tickDate, patient.time_zone),
    });
    if (input.payload.after === undefined)
      await ctx.jobs.schedulePainAfter(db, {
        patientId: patient.id,
        sessionId: key,
        runAt: new Date(ctx.clock.now().getTime() + PAIN_AFTER_DELAY_MS),
      });
  }
  return result;
}

/**
 * SPEC §2: after an urgent symptom or a red flag nothing more is logged until the plan resumes. A
 * session dated before the stop (sent late from the offline outbox) still goes in: nothing is lost.
 */
async function refuseWhileStopped(db: Executor, programmeId: string, localDate: string): Promise<void> {
  const view = (await findEngineState(db, programmeId))?.view as EngineView | undefined;
  if (view?.mode !== 'stopped') return;
  const since = await findStopDate(db, programmeId);
  if (since !== undefined && localDate < since) return;
  throw new ConflictError(
    `Your plan is stopped for your safety${since === undefined ? '' : ` since ${since}`}: please get medical help first. Sessions cannot be logged until the plan starts again.`,
    'localDate',
  );
}

function logFor(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  allowed: Allowed[],
  input: LogInput,
  imported = false,
) {
  return writeForPatient(ctx, { actor, patientId, requestId: key, allowed }, async (db) => {
    const patient = await requirePatient(db, patientId);
    if (input.type === 'morning') {
      const existing = await listPatientEvents(db, patientId, {
        types: ['morning'],
        from: input.localDate,
        to: input.localDate,
      });
      if (existing.length > 0)
        throw new ConflictError('There is already a morning check-in for this day', 'localDate');
    }
    const result = await storeEvent(db, ctx, actor, patient, key, input, imported);
    return outcome(result);
  });
}

function outcome(result: {
  event: EventRow;
  decisions: Parameters<typeof decisionView>[0][];
  replayedFromDay: number | null;
}) {
  return {
    event: eventView(result.event),
    decisions: result.decisions.map(decisionView),
    replayedFromDay: result.replayedFromDay,
  };
}

export interface SessionInput {
  localDate: string;
  exerciseId: string;
  done: number | 'quota';
  peak: number;
  after?: number;
  before?: number;
  effort?: number;
  note?: string;
  symptom?: SafetySymptom;
}

export async function logSession(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  s: SessionInput,
) {
  const { localDate, exerciseId, ...fields } = s;
  const payload = withoutUndefined({ exercise: exerciseId, ...fields });
  return logFor(ctx, actor, patientId, key, ['self'], { localDate, type: 'session', exerciseId, payload });
}

/** The person's own check-in; an import of their pain scores (services/fhir-exchange.ts) also lets
 * their clinician bring them in, dated as they were recorded (no onboarding window). */
export function logMorning(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  m: { localDate: string; pain: number },
  allowed: Allowed[] = ['self'],
  imported = false,
) {
  return logFor(
    ctx,
    actor,
    patientId,
    key,
    allowed,
    { localDate: m.localDate, type: 'morning', exerciseId: null, payload: { pain: m.pain } },
    imported,
  );
}

export function reportFlare(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  localDate: string,
) {
  return logFor(ctx, actor, patientId, key, ['self'], {
    localDate,
    type: 'flare',
    exerciseId: null,
    payload: {},
  });
}

export function reportCrash(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  localDate: string,
) {
  return logFor(ctx, actor, patientId, key, ['self'], {
    localDate,
    type: 'crash',
    exerciseId: null,
    payload: {},
  });
}

export function reportSymptom(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  s: { localDate: string; symptom: SafetySymptom; exerciseId?: string },
) {
  if (!isUrgentSymptom(s.symptom) && s.exerciseId === undefined) {
    throw new ValidationError('exerciseId', 'Say which exercise: this symptom pauses one exercise');
  }
  const exerciseId = s.exerciseId ?? null;
  const payload = withoutUndefined({ symptom: s.symptom, exercise: s.exerciseId });
  return logFor(ctx, actor, patientId, key, ['self'], {
    localDate: s.localDate,
    type: 'symptom',
    exerciseId,
    payload,
  });
}

export function reportRedFlags(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  r: { localDate: string; redFlags: RedFlagId[] },
) {
  return logFor(ctx, actor, patientId, key, ['self', 'clinician'], {
    localDate: r.localDate,
    type: 'red_flag',
    exerciseId: null,
    payload: { redFlags: r.redFlags },
  });
}
