// The engine's input log: every event a person or clinician (or the day-end job) recorded, with its
// local date, its programme day, its type rank and arrival order. Replays read it in that order.
import { sql } from 'kysely';
import type { EventRow } from '../schema.ts';
import type { Executor } from './executor.ts';

export interface NewEvent {
  id: string;
  patientId: string;
  programmeId: string | null;
  localDate: string;
  day: number | null;
  type: string;
  rank: number;
  exerciseId: string | null;
  payload: string;
  createdBy: string | null;
}

export function insertEvent(db: Executor, e: NewEvent): Promise<EventRow> {
  return db
    .insertInto('engine_event')
    .values({
      id: e.id,
      patient_id: e.patientId,
      programme_id: e.programmeId,
      local_date: e.localDate,
      day: e.day,
      type: e.type,
      rank: e.rank,
      exercise_id: e.exerciseId,
      payload: e.payload,
      created_by: e.createdBy,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

export function findEvent(db: Executor, patientId: string, id: string) {
  return db
    .selectFrom('engine_event')
    .selectAll()
    .where('id', '=', id)
    .where('patient_id', '=', patientId)
    .executeTakeFirst();
}

export async function updateEventPayload(db: Executor, id: string, payload: string): Promise<void> {
  await db
    .updateTable('engine_event')
    .set({ payload, updated_at: new Date() })
    .where('id', '=', id)
    .execute();
}

/** True when the programme already holds an event that sorts after (day, rank). */
export async function hasEventAfter(db: Executor, programmeId: string, day: number, rank: number) {
  const row = await db
    .selectFrom('engine_event')
    .select('id')
    .where('programme_id', '=', programmeId)
    .where((eb) => eb.or([eb('day', '>', day), eb.and([eb('day', '=', day), eb('rank', '>', rank)])]))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export function listEventsAfterDay(db: Executor, programmeId: string, afterDay: number) {
  return db
    .selectFrom('engine_event')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('day', '>', afterDay)
    .orderBy('day')
    .orderBy('rank')
    .orderBy('seq')
    .execute();
}

export async function latestEventDay(db: Executor, programmeId: string): Promise<number | null> {
  const row = await db
    .selectFrom('engine_event')
    .select(sql<number | null>`max(day)`.as('day'))
    .where('programme_id', '=', programmeId)
    .executeTakeFirst();
  return row?.day ?? null;
}

export function listPatientEvents(
  db: Executor,
  patientId: string,
  filter: { types?: string[]; from?: string; to?: string; limit?: number },
) {
  let query = db.selectFrom('engine_event').selectAll().where('patient_id', '=', patientId);
  if (filter.types !== undefined) query = query.where('type', 'in', filter.types);
  if (filter.from !== undefined) query = query.where('local_date', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('local_date', '<=', filter.to);
  return query
    .orderBy('local_date', 'desc')
    .orderBy('rank', 'desc')
    .orderBy('seq', 'desc')
    .limit(filter.limit ?? 500)
    .execute();
}

export function listMorningsBefore(db: Executor, patientId: string, beforeDate: string, limit: number) {
  return db
    .selectFrom('engine_event')
    .select(['local_date', 'payload'])
    .where('patient_id', '=', patientId)
    .where('type', '=', 'morning')
    .where('local_date', '<', beforeDate)
    .orderBy('local_date')
    .limit(limit)
    .execute();
}

/** Which of these event ids a person already has (one query, for a batch such as an import). */
export async function findExistingEventIds(
  db: Executor,
  patientId: string,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('engine_event')
    .select('id')
    .where('patient_id', '=', patientId)
    .where('id', 'in', ids)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** A programme's `set_dosing` events, oldest first (issue 11): who changed the model, and when. */
export function listDosingEvents(db: Executor, programmeId: string) {
  return db
    .selectFrom('engine_event')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('type', '=', 'set_dosing')
    .orderBy('day')
    .orderBy('seq')
    .execute();
}
