// The programme builder's rows as the form holds them (text, as typed), and their checks: each error
// names its row and field, like the server's `exercises[0].maxQuota`.
import { type ExercisePlan, PRESCRIPTION_LIMITS as L, stepFor, takesSets, type Unit } from '@steadily/core';
import type { LibraryExercise } from '../../../api/library.ts';
import { textIn } from '../../../api/library.ts';
import type { ExerciseInput, ProgrammeExercise } from '../../../api/record.ts';

export interface Row {
  key: string;
  libraryExerciseId: string | null;
  illustration: string | null;
  name: string;
  instructions: string;
  unit: Unit;
  step: string;
  maxQuota: string;
  perWeek: string;
  /** 0–3 trials, comma-separated; empty: the patient does the trials in their app. */
  baseline: string;
  /** The clinician's prescription beside the quota (issue 14); empty: not set. */
  sets: string;
  loadKg: string;
  restSeconds: string;
}

export type RowField =
  | 'name'
  | 'step'
  | 'maxQuota'
  | 'perWeek'
  | 'baseline'
  | 'sets'
  | 'loadKg'
  | 'restSeconds';
export type RowErrors = Partial<Record<RowField, string>>;

let counter = 0;
const nextKey = () => `row-${++counter}`;

export function rowFromLibrary(exercise: LibraryExercise, language: string): Row {
  return {
    key: nextKey(),
    libraryExerciseId: exercise.id,
    illustration: exercise.illustration,
    name: textIn(exercise.name, language),
    instructions: textIn(exercise.instructions, language),
    unit: exercise.unit,
    step: String(exercise.step),
    maxQuota: String(exercise.maxQuota),
    perWeek: String(exercise.perWeekDefault),
    baseline: '',
    sets: '',
    loadKg: '',
    restSeconds: '',
  };
}

export function rowFromProgramme(exercise: ProgrammeExercise, library: Map<string, LibraryExercise>): Row {
  const entry = exercise.libraryExerciseId === null ? undefined : library.get(exercise.libraryExerciseId);
  return {
    key: nextKey(),
    libraryExerciseId: exercise.libraryExerciseId,
    illustration: entry?.illustration ?? null,
    name: exercise.name,
    instructions: exercise.instructions,
    unit: exercise.unit,
    step: String(exercise.step),
    maxQuota: exercise.maxQuota === null ? '' : String(exercise.maxQuota),
    perWeek: String(exercise.perWeek),
    baseline: exercise.baseline.join(', '),
    sets: exercise.sets == null ? '' : String(exercise.sets),
    loadKg: exercise.loadKg == null ? '' : String(exercise.loadKg),
    restSeconds: exercise.restSeconds == null ? '' : String(exercise.restSeconds),
  };
}

const num = (text: string) => Number(text.trim().replace(',', '.'));

export function baselineOf(row: Row): number[] {
  return row.baseline
    .split(/[;,\s]+/)
    .filter(Boolean)
    .map(Number);
}

export function checkRow(row: Row): RowErrors {
  const errors: RowErrors = {};
  if (row.name.trim() === '') errors.name = 'required';
  const step = row.step.trim() === '' ? stepFor({ unit: row.unit }) : num(row.step);
  if (!(step > 0) || step > 1000) errors.step = 'step';
  if (row.maxQuota.trim() !== '') {
    const max = num(row.maxQuota);
    if (!(max > 0)) errors.maxQuota = 'positive';
    else if (step > 0 && Math.abs(max / step - Math.round(max / step)) > 1e-9) errors.maxQuota = 'multiple';
  }
  const perWeek = num(row.perWeek);
  if (!Number.isInteger(perWeek) || perWeek < 1 || perWeek > 21) errors.perWeek = 'perWeek';
  const trials = baselineOf(row);
  if (trials.length > 3 || trials.some((v) => !(v > 0) || v > 100_000)) errors.baseline = 'baseline';
  return { ...errors, ...checkPrescription(row.unit, row) };
}

const blank = (text: string) => text.trim() === '';
const inRange = (n: number, r: { min: number; max: number }) => n >= r.min && n <= r.max;

/** The server's rules for sets, load and rest (routes/programmes/exercise-body.ts), as field errors. */
export function checkPrescription(
  unit: Unit,
  given: { sets: string; loadKg: string; restSeconds: string },
): Partial<Record<'sets' | 'loadKg' | 'restSeconds', string>> {
  const errors: Partial<Record<'sets' | 'loadKg' | 'restSeconds', string>> = {};
  // Minutes are given as one number: sets and rest are hidden there and not sent (toInput).
  const p = takesSets(unit) ? given : { ...given, sets: '', restSeconds: '' };
  const sets = num(p.sets);
  if (!blank(p.sets) && (!Number.isInteger(sets) || !inRange(sets, L.sets))) errors.sets = 'sets';
  const load = num(p.loadKg);
  if (!blank(p.loadKg) && (!inRange(load, L.loadKg) || !Number.isInteger(load * 4))) errors.loadKg = 'loadKg';
  const rest = num(p.restSeconds);
  if (
    !blank(p.restSeconds) &&
    (blank(p.sets) || !(sets >= 2) || !Number.isInteger(rest) || !inRange(rest, L.restSeconds))
  )
    errors.restSeconds = 'restSeconds';
  return errors;
}

/** The prescription as the API takes it: null for each field left empty. */
export function prescriptionOf(p: { sets: string; loadKg: string; restSeconds: string }) {
  return {
    sets: blank(p.sets) ? null : num(p.sets),
    loadKg: blank(p.loadKg) ? null : num(p.loadKg),
    restSeconds: blank(p.restSeconds) ? null : num(p.restSeconds),
  };
}

export function toInput(row: Row): ExerciseInput {
  const trials = baselineOf(row);
  return {
    name: row.name.trim(),
    instructions: row.instructions,
    unit: row.unit,
    ...(row.step.trim() !== '' && { step: num(row.step) }),
    ...(row.maxQuota.trim() !== '' && { maxQuota: num(row.maxQuota) }),
    perWeek: num(row.perWeek),
    ...(row.libraryExerciseId !== null && { libraryExerciseId: row.libraryExerciseId }),
    ...(trials.length > 0 && { baseline: trials }),
    ...(!blank(row.sets) && takesSets(row.unit) && { sets: num(row.sets) }),
    ...(!blank(row.loadKg) && { loadKg: num(row.loadKg) }),
    ...(!blank(row.restSeconds) && takesSets(row.unit) && { restSeconds: num(row.restSeconds) }),
  };
}

/** The rows the preview can run: valid, with at least one baseline trial. */
export function toPlans(rows: Row[]): (ExercisePlan & { name: string })[] {
  return rows
    .filter((row) => Object.keys(checkRow(row)).length === 0 && baselineOf(row).length > 0)
    .map((row) => {
      const input = toInput(row);
      return {
        id: row.key,
        name: input.name,
        unit: input.unit,
        baseline: input.baseline ?? [],
        perWeek: input.perWeek ?? 5,
        ...(input.step !== undefined && { step: input.step }),
        ...(input.maxQuota !== undefined && { maxQuota: input.maxQuota }),
      };
    });
}

/** A server error path such as `exercises[1].maxQuota` → the row and field it names. */
export function fieldOfPath(path: string | null): { index: number; field: string } | null {
  const match = path === null ? null : /^exercises\[(\d+)\]\.(\w+)/.exec(path);
  return match ? { index: Number(match[1]), field: match[2] as string } : null;
}
