// Pain after, answered later (SPEC §4): the stored session takes the answer and its day is replayed,
// so its zone and every later decision follow.
import { toJson } from '../db/json.ts';
import { findEvent, updateEventPayload } from '../db/repositories/events.ts';
import { listDecisionsCausedBy } from '../db/repositories/outputs.ts';
import { findProgramme } from '../db/repositories/programmes.ts';
import type { EventRow } from '../db/schema.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import type { Actor, AppContext } from './context.ts';
import { activeProgrammeOf, replayFrom } from './engine-runner.ts';
import { decisionView, sessionView } from './views.ts';
import { writeForPatient } from './write.ts';

export function answerAfter(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  sessionId: string,
  after: number,
) {
  return writeForPatient(ctx, { actor, patientId, requestId: key, allowed: ['self'] }, async (db) => {
    const event = await findEvent(db, patientId, sessionId);
    if (event === undefined || event.type !== 'session') throw new NotFoundError('No such session');
    const row = await findProgramme(db, patientId, 'active');
    if (row === undefined || row.id !== event.programme_id)
      throw new ConflictError('That programme has ended');
    await updateEventPayload(db, event.id, toJson({ ...event.payload, after }));
    const programme = activeProgrammeOf(row);
    await replayFrom(db, ctx, programme, event.day as number);
    const updated = (await findEvent(db, patientId, sessionId)) as EventRow;
    const decisions = await listDecisionsCausedBy(db, programme.id, event.id);
    return {
      session: sessionView(updated),
      decisions: decisions.map(decisionView),
      replayedFromDay: event.day,
    };
  });
}
