// The dosing model of a running programme (issue 11, docs/dosing.md): a change of model is a dated
// `set_dosing` engine event, so decisions before it stay as they were, replays included. This module
// writes that event for a clinician's switch and for the release switch (people without a clinician
// move to "personal"; every running programme takes the current rules version), and reads what the
// model has learned for the plan card, the timeline and Today.
import { randomUUID } from 'node:crypto';
import {
  type DosingModel,
  type EngineView,
  EVENT_RANK,
  type LearnedModel,
  RULES_VERSION,
} from '@steadily/core';
import { countClinicians } from '../db/repositories/care-links.ts';
import { refreshCaseloadFacts } from '../db/repositories/caseload.ts';
import { findEngineState } from '../db/repositories/engine-state.ts';
import { hasEventAfter, latestEventDay, listDosingEvents } from '../db/repositories/events.ts';
import type { Executor } from '../db/repositories/executor.ts';
import { lockPatient } from '../db/repositories/patients.ts';
import {
  findProgramme,
  listProgrammesBehindRelease,
  markDosingNoticeSeen,
  setProgrammeDosing,
} from '../db/repositories/programmes.ts';
import type { ProgrammeRow } from '../db/schema.ts';
import { ConflictError } from '../errors.ts';
import type { Actor, AppContext } from './context.ts';
import { type ActiveProgramme, activeProgrammeOf, recordEngineEvent } from './engine-runner.ts';
import { dayNumber, localDateOfDay } from './local-date.ts';
import { requirePatient, todayFor } from './screening.ts';
import { decisionView } from './views.ts';
import { writeForPatient } from './write.ts';

/**
 * The first day, from today on, on which a `set_dosing` event sorts after every stored event: a change
 * of model never rewrites a decision already stored (when today already has events that sort after
 * it, the change starts tomorrow).
 */
async function switchDay(db: Executor, programme: ActiveProgramme, today: string): Promise<number> {
  const rank = EVENT_RANK.set_dosing;
  let day = dayNumber(programme.startDate, today);
  if (!(await hasEventAfter(db, programme.id, day, rank))) return day;
  day = Math.max(day, (await latestEventDay(db, programme.id)) ?? day);
  return (await hasEventAfter(db, programme.id, day, rank)) ? day + 1 : day;
}

async function writeSetDosing(
  db: Executor,
  ctx: AppContext,
  row: ProgrammeRow,
  change: { dosing: DosingModel; rulesVersion: number; id: string; createdBy: string | null },
) {
  const programme = activeProgrammeOf(row);
  const patient = await requirePatient(db, programme.patientId);
  const day = await switchDay(db, programme, todayFor(ctx, patient.time_zone, programme.startDate));
  const result = await recordEngineEvent(db, ctx, programme, {
    id: change.id,
    localDate: localDateOfDay(programme.startDate, day),
    type: 'set_dosing',
    exerciseId: null,
    payload: { dosing: change.dosing, rulesVersion: change.rulesVersion },
    createdBy: change.createdBy,
  });
  await setProgrammeDosing(db, programme.id, change);
  return { day, localDate: localDateOfDay(programme.startDate, day), result };
}

/** A clinician switches a running programme's model; it also takes the current rules version. */
export function setDosing(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  input: { dosing: DosingModel },
) {
  return writeForPatient(ctx, { actor, patientId, requestId: key, allowed: ['clinician'] }, async (db) => {
    const row = await findProgramme(db, patientId, 'active');
    if (row === undefined) throw new ConflictError('No programme is running yet');
    // Choosing the model already in force changes nothing (two clinicians may click).
    if (row.dosing === input.dosing && row.rules_version >= RULES_VERSION) {
      return { dosing: row.dosing, rulesVersion: row.rules_version, localDate: null, decisions: [] };
    }
    const written = await writeSetDosing(db, ctx, row, {
      id: key,
      dosing: input.dosing,
      rulesVersion: RULES_VERSION,
      createdBy: actor.accountId,
    });
    return {
      dosing: input.dosing,
      rulesVersion: RULES_VERSION,
      localDate: written.localDate,
      decisions: written.result.decisions.map(decisionView),
    };
  });
}

/** The first rules version with the personal model: programmes made before it were all "classic". */
const PERSONAL_SINCE = 2;

/**
 * The release switch, run at every server start and idempotent: it moves only programmes made under an
 * older rules version, each re-checked under the person's lock, and a moved programme is on the current
 * version. People without a clinician whose programme predates the personal model move to "personal"
 * (with a notice on Today); everyone else keeps their model and takes the current rules version (the
 * classic one-decision-per-exercise-day fix), from the switch day on. Returns how many moved.
 */
export async function runReleaseSwitch(ctx: AppContext): Promise<number> {
  let moved = 0;
  for (const candidate of await listProgrammesBehindRelease(ctx.db, RULES_VERSION)) {
    const done = await ctx.db.transaction().execute(async (db) => {
      if (!(await lockPatient(db, candidate.patient_id))) return false;
      const row = await findProgramme(db, candidate.patient_id, 'active');
      if (row === undefined || row.id !== candidate.id || row.rules_version >= RULES_VERSION) return false;
      const selfGuided = (await countClinicians(db, row.patient_id)) === 0;
      const dosing: DosingModel = selfGuided && row.rules_version < PERSONAL_SINCE ? 'personal' : row.dosing;
      await writeSetDosing(db, ctx, row, {
        id: randomUUID(),
        dosing,
        rulesVersion: RULES_VERSION,
        createdBy: null,
      });
      await refreshCaseloadFacts(db, row.patient_id, ctx.clock.now());
      return true;
    });
    if (done) moved += 1;
  }
  return moved;
}

/** The model in force, since when, and what it has learned (null under "classic"). */
export async function dosingView(db: Executor, row: ProgrammeRow) {
  const state = await findEngineState(db, row.id);
  const view = state?.view as (EngineView & { learned?: LearnedModel | null }) | undefined;
  const changes = await listDosingEvents(db, row.id);
  const last = changes.at(-1);
  return {
    model: (view?.dosing ?? row.dosing) as DosingModel,
    rulesVersion: view?.rulesVersion ?? row.rules_version,
    since: last === undefined ? null : { localDate: last.local_date, day: last.day as number },
    learned: view?.learned ?? null,
  };
}

/**
 * The notice of the release switch, until the person closes it: only when the server (not a
 * clinician) moved the programme to "personal".
 */
export async function dosingNoticeOf(db: Executor, row: ProgrammeRow) {
  if (row.dosing_notice_seen_at !== null) return null;
  const release = (await listDosingEvents(db, row.id)).find(
    (e) => e.created_by === null && e.payload.dosing === 'personal',
  );
  return release === undefined ? null : { localDate: release.local_date };
}

/** The person closes the switch notice; it does not come back. */
export function closeDosingNotice(ctx: AppContext, actor: Actor, patientId: string, key: string) {
  return writeForPatient(ctx, { actor, patientId, requestId: key, allowed: ['self'] }, async (db) => {
    const row = await findProgramme(db, patientId, 'active');
    if (row === undefined) throw new ConflictError('No programme is running yet');
    await markDosingNoticeSeen(db, row.id, ctx.clock.now());
    return { closed: true as const };
  });
}
