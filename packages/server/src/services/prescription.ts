// The clinician's prescription beside the engine's quota (issue 14, migration 0015): sets, load in kg,
// rest between sets. Checked here for every way a programme exercise is written (the draft, an added
// exercise, a change to a running one: services/programmes.ts); the engine never reads or changes them.
import { type Prescription, takesSets, type Unit } from '@steadily/core';
import { ValidationError } from '../errors.ts';

export interface PrescriptionInput {
  sets?: number | null;
  loadKg?: number | null;
  restSeconds?: number | null;
}

/**
 * The columns for a prescription, or a field error: sets and rest are for reps and holds (minutes are
 * given as is), and rest is between sets, so it needs 2 sets or more. The ranges are the schema's.
 */
export function prescriptionColumns(unit: Unit, input: PrescriptionInput, field: string) {
  const sets = input.sets ?? null;
  const rest = input.restSeconds ?? null;
  if (sets !== null && !takesSets(unit))
    throw new ValidationError(`${field}sets`, 'applies to reps and holds; minutes are given as one number');
  if (rest !== null && (sets === null || sets < 2))
    throw new ValidationError(`${field}restSeconds`, 'is the rest between sets: set 2 sets or more first');
  return { sets, load_kg: input.loadKg ?? null, rest_seconds: rest };
}

export function prescriptionOf(row: {
  sets: number | null;
  load_kg: number | null;
  rest_seconds: number | null;
}): Prescription {
  return { sets: row.sets, loadKg: row.load_kg, restSeconds: row.rest_seconds };
}
