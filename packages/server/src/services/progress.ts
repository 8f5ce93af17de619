// Progress beyond pain: the stored history of the active programme, turned into core's
// summariseProgress input (a "quota" dose becomes the quota in force at that session).
import {
  type EngineView,
  type FlareRecord,
  type MeasureKind,
  type ProgressInput,
  summariseProgress,
} from '@steadily/core';
import { findEngineState } from '../db/repositories/engine-state.ts';
import { listPatientEvents } from '../db/repositories/events.ts';
import { listMeasures } from '../db/repositories/measures.ts';
import { listDecisions, listNotices } from '../db/repositories/outputs.ts';
import { findProgramme, listBaselineTrials, listExercises } from '../db/repositories/programmes.ts';
import type { DecisionRow, EventRow } from '../db/schema.ts';
import { NotFoundError } from '../errors.ts';
import type { Actor, AppContext } from './context.ts';
import { dayNumber, localDateOf } from './local-date.ts';
import { requirePatient } from './screening.ts';
import { readForPatient } from './write.ts';

export function quotaAt(decisions: DecisionRow[], session: EventRow): number {
  let quota = 0;
  for (const d of decisions) {
    if (d.exercise_id !== session.exercise_id) continue;
    const before = d.day < (session.day as number) || (d.day === session.day && d.event_seq < session.seq);
    if (before) quota = d.quota;
  }
  return quota;
}

export function flaresFrom(notices: { kind: string; payload: Record<string, unknown> }[]): FlareRecord[] {
  const flares: FlareRecord[] = [];
  for (const n of notices) {
    if (n.kind === 'flare_started') flares.push({ startDay: Number(n.payload.day), endDay: null });
    if (n.kind === 'flare_ended') {
      const open = flares.find((f) => f.startDay === Number(n.payload.startDay) && f.endDay === null);
      if (open !== undefined) open.endDay = Number(n.payload.day);
    }
  }
  return flares;
}

export function getProgress(ctx: AppContext, actor: Actor, patientId: string) {
  return readForPatient(ctx, actor, patientId, async (db) => {
    const patient = await requirePatient(db, patientId);
    const programme = await findProgramme(db, patientId, 'active');
    const state = programme === undefined ? undefined : await findEngineState(db, programme.id);
    if (programme === undefined || state === undefined)
      throw new NotFoundError('No programme is running yet');
    const start = programme.start_date as string;
    const view = state.view as EngineView;
    // During a flare the level reached is the quota before it; the flare dose is for now only.
    const reached = { ...view.quotas, ...view.quotasBeforeFlare };
    const trials = await listBaselineTrials(db, programme.id);
    const exercises = (await listExercises(db, programme.id)).filter((e) => e.removed_at === null);
    const decisions = await listDecisions(db, programme.id);
    const events = await listPatientEvents(db, patientId, {
      types: ['session', 'morning'],
      from: start,
      limit: 100_000,
    });
    const notices = await listNotices(db, programme.id);
    const measures = await listMeasures(db, patientId);
    const input: ProgressInput = {
      today: dayNumber(start, localDateOf(ctx.clock.now(), patient.time_zone)),
      exercises: exercises.map((e) => {
        const values = trials.filter((t) => t.exercise_id === e.id).map((t) => t.value);
        const baselineMean = values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
        return {
          id: e.id,
          name: e.name,
          unit: e.unit,
          baselineMean,
          startQuota:
            decisions.find((d) => d.exercise_id === e.id && d.action === 'start')?.quota ?? baselineMean,
          quota: reached[e.id] ?? 0,
          perWeek: e.per_week,
        };
      }),
      sessions: events
        .filter((e) => e.type === 'session' && e.day !== null)
        .map((e) => ({
          day: e.day as number,
          exercise: e.exercise_id as string,
          done: e.payload.done === 'quota' ? quotaAt(decisions, e) : Number(e.payload.done),
        })),
      mornings: events
        .filter((e) => e.type === 'morning' && e.day !== null)
        .map((e) => ({ day: e.day as number, pain: Number(e.payload.pain) })),
      flares: flaresFrom(notices),
      measures: measures.map((m) => ({
        kind: m.instrument.toLowerCase() as MeasureKind,
        day: dayNumber(start, m.local_date),
        score: m.total,
      })),
    };
    return { startDate: start, ...summariseProgress(input) };
  });
}
