// How a clinician writes a dose (issue 14): the engine keeps ONE quota per exercise (SPEC §3) and the
// clinician chooses how many sets it is done in, with an optional load and rest. The quota is split
// as evenly as possible, bigger sets first (25 reps in 3 sets = 9 + 8 + 8), so the engine's changes
// to the quota flow into the sets without the clinician re-writing them. Minutes are given as is.
import type { Unit } from './types.ts';

/** What the clinician sets beside the quota; the engine never changes these. */
export interface Prescription {
  /** Sets the quota is split into (reps and holds only); null: one number, as the engine gives it. */
  sets: number | null;
  /** Load in kilograms (a dumbbell, a backpack); null: body weight. */
  loadKg: number | null;
  /** Rest between sets in seconds; null: as needed. */
  restSeconds: number | null;
}

/** The ranges the API accepts (validation names the field and the range). */
export const PRESCRIPTION_LIMITS = {
  sets: { min: 1, max: 10 },
  loadKg: { min: 0, max: 500 },
  restSeconds: { min: 0, max: 600 },
} as const;

/** Units whose quota can be split into sets: repetitions, and hold time in seconds. */
export function takesSets(unit: Unit): boolean {
  return unit === 'reps' || unit === 'seconds';
}

/**
 * The quota split into `sets` whole parts, as even as possible, bigger parts first; never a set of 0
 * (a quota of 2 in 3 sets is 1 + 1). A quota that is not whole is rounded to the nearest whole unit.
 */
export function splitIntoSets(quota: number, sets: number): number[] {
  const total = Math.max(0, Math.round(quota));
  const count = Math.max(1, Math.min(Math.floor(sets), total));
  if (total === 0) return [0];
  const base = Math.floor(total / count);
  const extra = total - base * count;
  return Array.from({ length: count }, (_, i) => (i < extra ? base + 1 : base));
}

/** The sets of a quota for this prescription, or null when it is given as one number. */
export function setsOf(unit: Unit, quota: number, sets: number | null): number[] | null {
  if (sets === null || !takesSets(unit)) return null;
  return splitIntoSets(quota, sets);
}

/** "3 × 8", or "9 + 8 + 8" when the sets differ: how clinicians write it (unit words added by the caller). */
export function setsNotation(split: number[]): string {
  const first = split[0] ?? 0;
  return split.every((n) => n === first) ? `${split.length} × ${first}` : split.join(' + ');
}
