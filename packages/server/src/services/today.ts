// Today's plan: each exercise with the quota in force, whether it is paused, what was done today,
// and the last change with its reason; the mode, flags, an open flare and today's notices.
import { type EngineView, setsOf } from '@steadily/core';
import { countClinicians } from '../db/repositories/care-links.ts';
import { findEngineState } from '../db/repositories/engine-state.ts';
import { listPatientEvents } from '../db/repositories/events.ts';
import { findStopDate, listDecisions, listLatestDecisions, listNotices } from '../db/repositories/outputs.ts';
import { findProgramme, listExercises } from '../db/repositories/programmes.ts';
import type { DecisionRow } from '../db/schema.ts';
import { NotFoundError } from '../errors.ts';
import type { Actor, AppContext } from './context.ts';
import { dosingNoticeOf, dosingView } from './dosing.ts';
import { dayNumber, localDateOf } from './local-date.ts';
import { requirePatient } from './screening.ts';
import { noticeView } from './views.ts';
import { readForPatient } from './write.ts';

/** The European emergency number, where the operator has not set the local one. */
export const DEFAULT_EMERGENCY_NUMBER = '112';

function change(row: DecisionRow | undefined) {
  return row === undefined ? null : decisionView(row);
}

function decisionView(row: DecisionRow) {
  return {
    action: row.action,
    zone: row.zone,
    quota: row.quota,
    previousQuota: row.previous_quota,
    reason: row.reason,
    reasonCode: row.reason_code,
    reasonParams: row.reason_params,
    day: row.day,
    localDate: row.local_date,
  };
}

export function getToday(ctx: AppContext, actor: Actor, patientId: string) {
  return readForPatient(ctx, actor, patientId, async (db) => {
    const patient = await requirePatient(db, patientId);
    const programme = await findProgramme(db, patientId, 'active');
    const state = programme === undefined ? undefined : await findEngineState(db, programme.id);
    if (programme === undefined || state === undefined)
      throw new NotFoundError('No programme is running yet');
    const view = state.view as EngineView;
    const localDate = localDateOf(ctx.clock.now(), patient.time_zone);
    const day = dayNumber(programme.start_date as string, localDate);
    // One after another: a transaction is one connection (and PGlite runs one query at a time).
    const exercises = await listExercises(db, programme.id);
    const latest = await listLatestDecisions(db, programme.id);
    const changes = await listLatestDecisions(db, programme.id, true);
    const todays = await listPatientEvents(db, patientId, {
      types: ['session', 'morning'],
      from: localDate,
      to: localDate,
    });
    const notices = await listNotices(db, programme.id, { fromDay: day - 1 });
    // Today's decisions in order: a step back and a flare on one day are shown as they happened.
    const decidedToday = await listDecisions(db, programme.id, { fromDay: day, toDay: day });
    const sessions = todays.filter((e) => e.type === 'session');
    const stoppedSince =
      view.mode === 'stopped' ? ((await findStopDate(db, programme.id)) ?? localDate) : null;
    const safety = {
      stoppedSince,
      selfGuided: (await countClinicians(db, patientId)) === 0,
      emergencyNumber: ctx.settings.emergencyNumber ?? DEFAULT_EMERGENCY_NUMBER,
    };
    const dosing = await dosingView(db, programme);
    const dosingNotice = await dosingNoticeOf(db, programme);
    return {
      localDate,
      day,
      mode: view.mode,
      flags: view.flags,
      safety,
      openFlare: view.openFlare,
      flareFactor: view.flareFactor,
      flarePlan: programme.flare_plan ?? patient.flare_plan,
      morningDone: todays.some((e) => e.type === 'morning'),
      exercises: exercises
        .filter((e) => e.removed_at === null)
        .map((e) => {
          const quota = view.quotas[e.id] ?? 0;
          const mine = sessions.filter((s) => s.exercise_id === e.id);
          return {
            id: e.id,
            name: e.name,
            instructions: e.instructions,
            unit: e.unit,
            step: e.step,
            quota,
            // The clinician's sets, load and rest beside the engine's quota (core/prescription.ts).
            setsToday: setsOf(e.unit, quota, e.sets),
            loadKg: e.load_kg,
            restSeconds: e.rest_seconds,
            paused: view.paused.includes(e.id),
            sessionsToday: mine.length,
            doneToday: mine.reduce(
              (sum, s) => sum + (s.payload.done === 'quota' ? quota : Number(s.payload.done)),
              0,
            ),
            lastDecision: change(latest.find((d) => d.exercise_id === e.id)),
            change: change(changes.find((d) => d.exercise_id === e.id)),
            decisionsToday: decidedToday.filter((d) => d.exercise_id === e.id).map(decisionView),
            quotaBeforeFlare: view.quotasBeforeFlare?.[e.id] ?? null,
          };
        }),
      notices: notices.map(noticeView),
      dosing,
      dosingNotice,
    };
  });
}
