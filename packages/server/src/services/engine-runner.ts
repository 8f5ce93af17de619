// Runs the engine on every write, inside the writer's transaction. An event that sorts last is applied
// to the stored state; an event that sorts before one already stored (a late morning, an offline log,
// an edited session) replays the programme from the checkpoint before its day, so stored decisions
// always equal a from-scratch replay of the stored events in canonical order.
import {
  type EngineEvent,
  type EngineState,
  type EngineView,
  EVENT_RANK,
  type Profile,
  plateauRuleHolds,
  type StepResult,
} from '@steadily/core';
import { toJson } from '../db/json.ts';
import {
  deleteCheckpointsAfter,
  findCheckpointBefore,
  findEngineState,
  saveCheckpoint,
  saveEngineState,
} from '../db/repositories/engine-state.ts';
import { hasEventAfter, insertEvent, listEventsAfterDay } from '../db/repositories/events.ts';
import type { Executor } from '../db/repositories/executor.ts';
import { deleteOutputsAfter, insertDecisions, insertNotices } from '../db/repositories/outputs.ts';
import { setPatientSummary } from '../db/repositories/patients.ts';
import type { EventRow, NewDecision, NewNotice, ProgrammeRow } from '../db/schema.ts';
import type { Engine, EngineModule } from '../engine/engine-port.ts';
import { riskRank } from '../engine/risk.ts';
import type { AppContext } from './context.ts';
import { dayNumber, localDateOfDay } from './local-date.ts';

export interface ActiveProgramme {
  id: string;
  patientId: string;
  startDate: string;
  profile: Profile;
}

export function activeProgrammeOf(row: ProgrammeRow): ActiveProgramme {
  if (row.status !== 'active' || row.start_date === null || row.profile === null) {
    throw new Error(`programme ${row.id} is not active`);
  }
  return {
    id: row.id,
    patientId: row.patient_id,
    startDate: row.start_date,
    profile: row.profile as Profile,
  };
}

export function requireEngine(ctx: AppContext): EngineModule {
  if (ctx.engine === null) throw new Error('The dosing engine is not available in this build');
  return ctx.engine;
}

interface EventRef {
  id: string | null;
  rank: number;
  seq: number;
}

/** Outputs of one step, as rows; `position` keeps the engine's order within the step. */
export function outputRows(programme: ActiveProgramme, step: StepResult, ref: EventRef, eventDay: number) {
  const base = { programme_id: programme.id, patient_id: programme.patientId, event_id: ref.id };
  const dated = (day: number) => ({ day, local_date: localDateOfDay(programme.startDate, day) });
  const decisions: NewDecision[] = step.decisions.map((d, position) => ({
    ...base,
    ...dated(d.day),
    exercise_id: d.exercise,
    zone: d.zone,
    action: d.action,
    quota: d.quota,
    previous_quota: d.previousQuota,
    reason: d.reason,
    reason_code: d.reasonCode,
    reason_params: toJson(d.reasonParams),
    inputs: toJson(d.inputs),
    event_rank: ref.rank,
    event_seq: ref.seq,
    position,
  }));
  const notices: NewNotice[] = step.notices.map((n, position) => ({
    ...base,
    ...dated(n.day),
    kind: n.kind,
    payload: toJson(n),
    alert_key: n.kind === 'clinician_alert' ? `alert:${n.cause}:${n.day}:${n.exercise ?? ''}` : null,
    position,
  }));
  // Flags are raised once each (SPEC §14), so the flag alone identifies its alert. A flag whose rule
  // also alerts the clinician (plateau, boom–bust, frequent or long flares) is acknowledged through that
  // alert: one thing to acknowledge, not two.
  const alerted = new Set(step.notices.flatMap((n) => (n.kind === 'clinician_alert' ? [n.cause] : [])));
  for (const [i, flag] of step.flagsRaised.entries()) {
    notices.push({
      ...base,
      ...dated(eventDay),
      kind: 'flag_raised',
      payload: toJson({ kind: 'flag_raised', flag }),
      alert_key: alerted.has(flag) ? null : `flag:${flag}`,
      position: step.notices.length + i,
    });
  }
  return { decisions, notices };
}

function toEngineEvent(row: EventRow): EngineEvent {
  return { ...row.payload, day: row.day, type: row.type } as unknown as EngineEvent;
}

function applyStep(engine: Engine, programme: ActiveProgramme, row: EventRow) {
  const day = row.day as number;
  return outputRows(
    programme,
    engine.apply(toEngineEvent(row)),
    { id: row.id, rank: row.rank, seq: row.seq },
    day,
  );
}

export async function saveOutcome(
  db: Executor,
  programme: ActiveProgramme,
  engine: Engine,
  lastDay: number,
  previous: EngineView | null = null,
) {
  const view: EngineView = engine.view();
  const snapshot = engine.snapshot();
  await saveEngineState(db, {
    programmeId: programme.id,
    patientId: programme.patientId,
    snapshot,
    // Whether the plateau rule still holds now: the caseload shows a plateau as "earlier" once it does not.
    view: { ...view, plateauHolds: plateauRuleHolds(snapshot, view.lastDay) },
    lastDay,
  });
  // The person's summary row only changes with the mode or the flags.
  const unchanged =
    previous !== null && previous.mode === view.mode && previous.flags.join() === view.flags.join();
  if (!unchanged) {
    await setPatientSummary(db, programme.patientId, {
      mode: view.mode,
      flags: view.flags,
      riskRank: riskRank(view),
    });
  }
}

/** Replays every event after the checkpoint before `fromDay`, rewriting outputs and checkpoints. */
export async function replayFrom(db: Executor, ctx: AppContext, programme: ActiveProgramme, fromDay: number) {
  const checkpoint = await findCheckpointBefore(db, programme.id, fromDay);
  if (checkpoint === undefined)
    throw new Error(`programme ${programme.id} has no checkpoint before day ${fromDay}`);
  const engine = requireEngine(ctx).resumeEngine(checkpoint.snapshot as EngineState);
  await deleteOutputsAfter(db, programme.id, checkpoint.day);
  await deleteCheckpointsAfter(db, programme.id, checkpoint.day);
  const decisions: NewDecision[] = [];
  const notices: NewNotice[] = [];
  let lastDay = checkpoint.day;
  for (const row of await listEventsAfterDay(db, programme.id, checkpoint.day)) {
    const day = row.day as number;
    if (day > lastDay) {
      if (lastDay > checkpoint.day) await saveCheckpoint(db, programme.id, lastDay, engine.snapshot());
      lastDay = day;
    }
    const rows = applyStep(engine, programme, row);
    decisions.push(...rows.decisions);
    notices.push(...rows.notices);
  }
  const stored = await insertDecisions(db, decisions);
  await insertNotices(db, notices);
  await saveOutcome(db, programme, engine, lastDay);
  return stored;
}

/** Applies a stored event that sorts after every other one to the current state. */
async function applyInOrder(db: Executor, ctx: AppContext, programme: ActiveProgramme, row: EventRow) {
  const state = await findEngineState(db, programme.id);
  if (state === undefined) throw new Error(`programme ${programme.id} has no engine state`);
  const day = row.day as number;
  // The stored state is the end of its last day once a later day begins: keep it as that day's checkpoint.
  if (day > state.last_day && state.last_day > 0)
    await saveCheckpoint(db, programme.id, state.last_day, state.snapshot);
  const engine = requireEngine(ctx).resumeEngine(state.snapshot as EngineState);
  const rows = applyStep(engine, programme, row);
  const stored = await insertDecisions(db, rows.decisions);
  await insertNotices(db, rows.notices);
  await saveOutcome(db, programme, engine, Math.max(day, state.last_day), state.view as EngineView);
  return stored;
}

export interface NewEngineEvent {
  id: string;
  localDate: string;
  type: EngineEvent['type'];
  exerciseId: string | null;
  /** The engine event's fields other than `day` and `type`. */
  payload: Record<string, unknown>;
  createdBy: string | null;
}

/** Stores an event of a running programme and brings the engine's outputs up to date with it. */
export async function recordEngineEvent(
  db: Executor,
  ctx: AppContext,
  programme: ActiveProgramme,
  e: NewEngineEvent,
) {
  const day = dayNumber(programme.startDate, e.localDate);
  const rank = EVENT_RANK[e.type];
  const late = await hasEventAfter(db, programme.id, day, rank);
  const row = await insertEvent(db, {
    id: e.id,
    patientId: programme.patientId,
    programmeId: programme.id,
    localDate: e.localDate,
    day,
    type: e.type,
    rank,
    exerciseId: e.exerciseId,
    payload: toJson(e.payload),
    createdBy: e.createdBy,
  });
  const stored = late
    ? await replayFrom(db, ctx, programme, day)
    : await applyInOrder(db, ctx, programme, row);
  const decisions = stored.filter((d) => d.event_id === row.id).sort((a, b) => a.position - b.position);
  return { event: row, decisions, replayedFromDay: late ? day : null };
}
