// What the engine decided (decisions) and told (notices), stored with the event that caused them.
// A replay from day d deletes the outputs of events after the checkpoint and writes them again; the
// start's outputs (no event) are never replayed.
import type { DecisionRow, NewDecision, NewNotice } from '../schema.ts';
import type { Executor } from './executor.ts';

export async function insertDecisions(db: Executor, rows: NewDecision[]): Promise<DecisionRow[]> {
  if (rows.length === 0) return [];
  return db.insertInto('decision').values(rows).returningAll().execute();
}

export async function insertNotices(db: Executor, rows: NewNotice[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('notice').values(rows).execute();
}

export async function deleteOutputsAfter(db: Executor, programmeId: string, day: number): Promise<void> {
  await db
    .deleteFrom('decision')
    .where('programme_id', '=', programmeId)
    .where('day', '>', day)
    .where('event_id', 'is not', null)
    .execute();
  await db
    .deleteFrom('notice')
    .where('programme_id', '=', programmeId)
    .where('day', '>', day)
    .where('event_id', 'is not', null)
    .execute();
}

export function listDecisions(
  db: Executor,
  programmeId: string,
  filter: { fromDay?: number; toDay?: number; exerciseId?: string } = {},
) {
  let query = db.selectFrom('decision').selectAll().where('programme_id', '=', programmeId);
  if (filter.fromDay !== undefined) query = query.where('day', '>=', filter.fromDay);
  if (filter.toDay !== undefined) query = query.where('day', '<=', filter.toDay);
  if (filter.exerciseId !== undefined) query = query.where('exercise_id', '=', filter.exerciseId);
  return query.orderBy('day').orderBy('event_rank').orderBy('event_seq').orderBy('position').execute();
}

/** The latest decision of each exercise (or the latest that was not a hold: the last change). */
export function listLatestDecisions(db: Executor, programmeId: string, changesOnly = false) {
  let query = db
    .selectFrom('decision')
    .distinctOn('exercise_id')
    .selectAll()
    .where('programme_id', '=', programmeId);
  if (changesOnly) query = query.where('action', '!=', 'hold');
  return query
    .orderBy('exercise_id')
    .orderBy('day', 'desc')
    .orderBy('event_rank', 'desc')
    .orderBy('event_seq', 'desc')
    .orderBy('position', 'desc')
    .execute();
}

export function listDecisionsCausedBy(db: Executor, programmeId: string, eventId: string) {
  return db
    .selectFrom('decision')
    .selectAll()
    .where('programme_id', '=', programmeId)
    .where('event_id', '=', eventId)
    .orderBy('position')
    .execute();
}

export function listNotices(db: Executor, programmeId: string, filter: { fromDay?: number } = {}) {
  let query = db.selectFrom('notice').selectAll().where('programme_id', '=', programmeId);
  if (filter.fromDay !== undefined) query = query.where('day', '>=', filter.fromDay);
  return query.orderBy('day').orderBy('id').execute();
}

export function listAlerts(db: Executor, patientIds: string[]) {
  if (patientIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('notice as n')
    .leftJoin('alert_ack as k', (join) =>
      join.onRef('k.programme_id', '=', 'n.programme_id').onRef('k.alert_key', '=', 'n.alert_key'),
    )
    .leftJoin('account as by', 'by.id', 'k.acknowledged_by')
    .distinctOn(['n.programme_id', 'n.alert_key'])
    .select([
      'n.programme_id',
      'n.patient_id',
      'n.alert_key',
      'n.kind',
      'n.payload',
      'n.day',
      'n.local_date',
      'n.created_at',
      'k.acknowledged_at',
      'k.acknowledged_by',
      'by.display_name as acknowledged_by_name',
    ])
    .where('n.patient_id', 'in', patientIds)
    .where('n.alert_key', 'is not', null)
    .orderBy('n.programme_id')
    .orderBy('n.alert_key')
    .orderBy('n.id')
    .execute();
}

export async function acknowledgeAlert(db: Executor, programmeId: string, alertKey: string, by: string) {
  await db
    .insertInto('alert_ack')
    .values({ programme_id: programmeId, alert_key: alertKey, acknowledged_by: by })
    .onConflict((oc) => oc.columns(['programme_id', 'alert_key']).doNothing())
    .execute();
}

/**
 * The local date the programme's current stop began: the first urgent-care notice since the last
 * resume of the whole programme (a later red flag while stopped does not move it). Undefined if none.
 */
export async function findStopDate(db: Executor, programmeId: string): Promise<string | undefined> {
  const resumed = await db
    .selectFrom('engine_event')
    .select((eb) => eb.fn.max('local_date').as('date'))
    .where('programme_id', '=', programmeId)
    .where('type', '=', 'resume')
    .where('exercise_id', 'is', null)
    .executeTakeFirst();
  let query = db
    .selectFrom('notice')
    .select((eb) => eb.fn.min('local_date').as('date'))
    .where('programme_id', '=', programmeId)
    .where('kind', '=', 'urgent_care');
  if (resumed?.date != null) query = query.where('local_date', '>=', resumed.date);
  const row = await query.executeTakeFirst();
  return row?.date ?? undefined;
}
