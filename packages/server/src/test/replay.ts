// The reference every stored history is checked against: core's engine run from scratch on the stored
// events in canonical order (day, type rank, arrival).
import { type EngineEvent, type Profile, startEngine } from '@steadily/core';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

export interface DecisionSummary {
  day: number;
  exercise: string;
  action: string;
  zone: string | null;
  quota: number;
  reasonCode: string;
}

export async function storedDecisions(db: Kysely<DB>, patientId: string): Promise<DecisionSummary[]> {
  const programme = await db
    .selectFrom('programme')
    .select('id')
    .where('patient_id', '=', patientId)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('decision')
    .selectAll()
    .where('programme_id', '=', programme.id)
    .orderBy('day')
    .orderBy('event_rank')
    .orderBy('event_seq')
    .orderBy('position')
    .execute();
  return rows.map((r) => ({
    day: r.day,
    exercise: r.exercise_id,
    action: r.action,
    zone: r.zone,
    quota: r.quota,
    reasonCode: r.reason_code,
  }));
}

export async function replayedDecisions(db: Kysely<DB>, patientId: string): Promise<DecisionSummary[]> {
  const programme = await db
    .selectFrom('programme')
    .selectAll()
    .where('patient_id', '=', patientId)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  const events = await db
    .selectFrom('engine_event')
    .selectAll()
    .where('programme_id', '=', programme.id)
    .orderBy('day')
    .orderBy('rank')
    .orderBy('seq')
    .execute();
  const started = startEngine(programme.profile as Profile);
  const decisions = [...started.decisions];
  for (const e of events) {
    decisions.push(
      ...started.engine.apply({ ...e.payload, day: e.day, type: e.type } as unknown as EngineEvent).decisions,
    );
  }
  return decisions.map((d) => ({
    day: d.day,
    exercise: d.exercise,
    action: d.action,
    zone: d.zone,
    quota: d.quota,
    reasonCode: d.reasonCode,
  }));
}
