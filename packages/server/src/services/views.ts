// Rows → the shapes the API returns (camelCase, ISO instants). Shared by services and exports.
import type { DecisionRow, EventRow, ExerciseRow, NoticeRow } from '../db/schema.ts';

export function decisionView(row: DecisionRow) {
  return {
    id: row.id,
    day: row.day,
    localDate: row.local_date,
    exerciseId: row.exercise_id,
    zone: row.zone,
    action: row.action,
    quota: row.quota,
    previousQuota: row.previous_quota,
    reason: row.reason,
    reasonCode: row.reason_code,
    reasonParams: row.reason_params,
    inputs: row.inputs,
    eventId: row.event_id,
    decidedAt: row.decided_at.toISOString(),
  };
}
export type DecisionView = ReturnType<typeof decisionView>;

export function eventView(row: EventRow) {
  const { exercise: _exercise, ...fields } = row.payload;
  return {
    id: row.id,
    type: row.type,
    localDate: row.local_date,
    day: row.day,
    exerciseId: row.exercise_id,
    fields,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function sessionView(row: EventRow) {
  const p = row.payload as Record<string, number | string | undefined>;
  return {
    id: row.id,
    localDate: row.local_date,
    day: row.day,
    exerciseId: row.exercise_id as string,
    done: p.done as number | 'quota',
    peak: p.peak as number,
    after: (p.after as number | undefined) ?? null,
    before: (p.before as number | undefined) ?? null,
    effort: (p.effort as number | undefined) ?? null,
    note: (p.note as string | undefined) ?? null,
    symptom: (p.symptom as string | undefined) ?? null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function noticeView(row: NoticeRow) {
  return {
    id: row.id,
    day: row.day,
    localDate: row.local_date,
    kind: row.kind,
    details: row.payload,
    alertKey: row.alert_key,
  };
}

export function exerciseView(row: ExerciseRow, baseline: number[]) {
  return {
    id: row.id,
    position: row.position,
    name: row.name,
    instructions: row.instructions,
    unit: row.unit,
    step: row.step,
    maxQuota: row.max_quota,
    perWeek: row.per_week,
    libraryExerciseId: row.library_exercise_id,
    baseline,
    removed: row.removed_at !== null,
    sets: row.sets,
    loadKg: row.load_kg,
    restSeconds: row.rest_seconds,
  };
}
