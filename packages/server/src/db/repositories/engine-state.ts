// The engine's current state per programme, and its end-of-day checkpoints: a late event replays
// from the checkpoint just before its day instead of from the first day.
import { toJson } from '../json.ts';
import type { Executor } from './executor.ts';

export function findEngineState(db: Executor, programmeId: string) {
  return db.selectFrom('engine_state').selectAll().where('programme_id', '=', programmeId).executeTakeFirst();
}

export async function saveEngineState(
  db: Executor,
  row: { programmeId: string; patientId: string; snapshot: unknown; view: unknown; lastDay: number },
): Promise<void> {
  const values = {
    programme_id: row.programmeId,
    patient_id: row.patientId,
    snapshot: toJson(row.snapshot),
    view: toJson(row.view),
    last_day: row.lastDay,
    updated_at: new Date(),
  };
  await db
    .insertInto('engine_state')
    .values(values)
    .onConflict((oc) =>
      oc.column('programme_id').doUpdateSet({
        snapshot: values.snapshot,
        view: values.view,
        last_day: values.last_day,
        updated_at: values.updated_at,
      }),
    )
    .execute();
}

export async function saveCheckpoint(db: Executor, programmeId: string, day: number, snapshot: unknown) {
  const json = toJson(snapshot);
  await db
    .insertInto('engine_checkpoint')
    .values({ programme_id: programmeId, day, snapshot: json })
    .onConflict((oc) => oc.columns(['programme_id', 'day']).doUpdateSet({ snapshot: json }))
    .execute();
}

/** The latest checkpoint strictly before `day` (day 0 is the state right after the start). */
export function findCheckpointBefore(db: Executor, programmeId: string, day: number) {
  return db
    .selectFrom('engine_checkpoint')
    .select(['day', 'snapshot'])
    .where('programme_id', '=', programmeId)
    .where('day', '<', day)
    .orderBy('day', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function deleteCheckpointsAfter(db: Executor, programmeId: string, day: number): Promise<void> {
  await db
    .deleteFrom('engine_checkpoint')
    .where('programme_id', '=', programmeId)
    .where('day', '>', day)
    .execute();
}
