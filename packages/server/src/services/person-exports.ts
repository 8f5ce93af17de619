// A person's data for a spreadsheet (interop/csv) and their planned sessions for a calendar app
// (interop/ics). The calendar is read by a secret link, since calendar apps send no session cookie.
import type { EngineView } from '@steadily/core';
import { findAccount } from '../db/repositories/accounts.ts';
import { appendAudit } from '../db/repositories/audit.ts';
import {
  deleteCalendarFeed,
  findCalendarFeedOwner,
  saveCalendarFeed,
} from '../db/repositories/calendar-feeds.ts';
import { findEngineState } from '../db/repositories/engine-state.ts';
import { lockPatient } from '../db/repositories/patients.ts';
import { findProgramme, listExercises } from '../db/repositories/programmes.ts';
import { findReminderTimes } from '../db/repositories/reminders.ts';
import { NotFoundError } from '../errors.ts';
import { type CsvKind, csvFile } from '../interop/csv/exports.ts';
import { buildCalendar } from '../interop/ics/calendar.ts';
import { authorisePatient } from './access.ts';
import type { Actor, AppContext } from './context.ts';
import { localDateOf } from './local-date.ts';
import { loadPersonRecord } from './person-record.ts';
import { hashSecret, newSecret } from './tokens.ts';
import { once, readForPatient, writeForPatient } from './write.ts';

/** Four weeks ahead: calendar apps refresh a subscribed feed every few hours to a day. */
const CALENDAR_DAYS = 28;

/** The CSV file (with a BOM for Excel), and the person's name and today's date there to name it by. */
export function exportPersonCsv(ctx: AppContext, actor: Actor, patientId: string, kind: CsvKind) {
  return readForPatient(ctx, actor, patientId, async (db) => {
    const record = await loadPersonRecord(db, patientId);
    return {
      csv: csvFile(record, kind),
      displayName: record.patient.displayName,
      localDate: localDateOf(ctx.clock.now(), record.patient.timeZone),
    };
  });
}

/**
 * A new secret link; the old one stops working. The server keeps only the secret's hash — not even in
 * the stored answer of the Idempotency-Key — so sending the same request again makes another new link
 * (the key still counts for one account, route and person: reused elsewhere it is a 409).
 */
export function createCalendarLink(ctx: AppContext, actor: Actor, patientId: string, key: string) {
  return ctx.db.transaction().execute(async (db) => {
    await authorisePatient(db, actor, patientId, ['self'], 'write');
    if (!(await lockPatient(db, patientId))) throw new NotFoundError('No such patient');
    await once(db, actor, key, async () => ({ calendarLink: 'new' }), patientId);
    const token = newSecret();
    await saveCalendarFeed(db, patientId, hashSecret(token));
    return { path: `/api/calendar/${token}/steadily.ics` };
  });
}

/** The link stops working (self, or a clinician who wants a leaked link gone). */
export function revokeCalendarLink(ctx: AppContext, actor: Actor, patientId: string, key: string) {
  return writeForPatient(
    ctx,
    { actor, patientId, requestId: key, allowed: ['self', 'clinician'] },
    async (db) => ({ revoked: await deleteCalendarFeed(db, patientId) }),
  );
}

/** The feed by its secret (`route` for the audit trail: a read with no account behind it). */
export async function readCalendarFeed(ctx: AppContext, token: string, route: string): Promise<string> {
  return ctx.db.transaction().execute(async (db) => {
    const patientId = await findCalendarFeedOwner(db, hashSecret(token));
    const account = patientId === undefined ? undefined : await findAccount(db, patientId);
    if (patientId === undefined || account === undefined) throw new NotFoundError('No such calendar');
    await appendAudit(db, { actorId: null, patientId, action: 'read', route });
    const programme = await findProgramme(db, patientId, 'active');
    const view =
      programme === undefined ? undefined : ((await findEngineState(db, programme.id))?.view as EngineView);
    const exercises =
      programme === undefined || view === undefined
        ? []
        : (await listExercises(db, programme.id))
            .filter((e) => e.removed_at === null && !view.paused.includes(e.id) && view.mode !== 'stopped')
            .map((e) => ({
              id: e.id,
              name: e.name,
              unit: e.unit,
              quota: view.quotas[e.id] ?? 0,
              perWeek: e.per_week,
            }));
    const now = ctx.clock.now();
    return buildCalendar({
      patientId,
      timeZone: account.time_zone,
      exercises,
      times: await findReminderTimes(db, patientId),
      from: localDateOf(now, account.time_zone),
      days: CALENDAR_DAYS,
      now,
    });
  });
}
