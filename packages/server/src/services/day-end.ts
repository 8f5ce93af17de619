// The end of a person's day: sessions still waiting for a morning answer time out at the first event
// dated two days after them (SPEC §5). When nothing else arrives, the day-end job appends a core
// `tick` on that date so the time-out is decided then, not whenever the person next logs.
import { randomUUID } from 'node:crypto';
import { refreshCaseloadFacts } from '../db/repositories/caseload.ts';
import { latestEventDay } from '../db/repositories/events.ts';
import { lockPatient } from '../db/repositories/patients.ts';
import { findProgramme } from '../db/repositories/programmes.ts';
import type { AppContext, DayEndJob } from './context.ts';
import { activeProgrammeOf, recordEngineEvent } from './engine-runner.ts';
import { dayNumber } from './local-date.ts';

export type DayEndData = Omit<DayEndJob, 'runAt'>;

/** Appends the tick unless the programme ended or an event on or after that day already exists. */
export function appendTick(ctx: AppContext, job: DayEndData): Promise<'ticked' | 'skipped'> {
  return ctx.db.transaction().execute(async (db) => {
    if (!(await lockPatient(db, job.patientId))) return 'skipped';
    const row = await findProgramme(db, job.patientId, 'active');
    if (row === undefined || row.id !== job.programmeId) return 'skipped';
    const programme = activeProgrammeOf(row);
    const day = dayNumber(programme.startDate, job.tickDate);
    if (((await latestEventDay(db, programme.id)) ?? 0) >= day) return 'skipped';
    await recordEngineEvent(db, ctx, programme, {
      id: randomUUID(),
      localDate: job.tickDate,
      type: 'tick',
      exerciseId: null,
      payload: {},
      createdBy: null,
    });
    await refreshCaseloadFacts(db, job.patientId, ctx.clock.now());
    return 'ticked';
  });
}
