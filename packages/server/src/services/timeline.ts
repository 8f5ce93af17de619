// The decision timeline and the merged timeline (events, decisions and notices by day) of a person's
// active programme: what a clinician reviews and what the person can read back.
import { listPatientEvents } from '../db/repositories/events.ts';
import { listDecisions, listNotices } from '../db/repositories/outputs.ts';
import { findProgramme } from '../db/repositories/programmes.ts';
import { NotFoundError } from '../errors.ts';
import type { Actor, AppContext } from './context.ts';
import { dosingView } from './dosing.ts';
import { dayNumber } from './local-date.ts';
import { decisionView, eventView, noticeView } from './views.ts';
import { readForPatient } from './write.ts';

export function listDecisionTimeline(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  filter: { fromDay?: number; toDay?: number; exerciseId?: string },
) {
  return readForPatient(ctx, actor, patientId, async (db) => {
    const programme = await findProgramme(db, patientId, 'active');
    if (programme === undefined) return [];
    return (await listDecisions(db, programme.id, filter)).map(decisionView);
  });
}

export function getTimeline(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  range: { from?: string; to?: string },
) {
  return readForPatient(ctx, actor, patientId, async (db) => {
    const programme = await findProgramme(db, patientId, 'active');
    if (programme === undefined) throw new NotFoundError('No programme is running yet');
    const start = programme.start_date as string;
    const fromDay = range.from === undefined ? undefined : dayNumber(start, range.from);
    const toDay = range.to === undefined ? undefined : dayNumber(start, range.to);
    const events = await listPatientEvents(db, patientId, { ...range, limit: 5000 });
    const decisions = await listDecisions(db, programme.id, {
      ...(fromDay !== undefined && { fromDay }),
      ...(toDay !== undefined && { toDay }),
    });
    const notices = await listNotices(db, programme.id, fromDay === undefined ? {} : { fromDay });
    return {
      startDate: start,
      events: events.reverse().map(eventView),
      decisions: decisions.map(decisionView),
      notices: notices.filter((n) => toDay === undefined || n.day <= toDay).map(noticeView),
      dosing: await dosingView(db, programme),
    };
  });
}
