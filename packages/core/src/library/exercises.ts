// The built-in exercise library (SPEC §12, issue 6): plain data a clinician builds programmes from.
//
// Doses follow ACSM's Guidelines for Exercise Testing and Prescription (11th ed.): aerobic work up to
// 60 minutes a session on 3–5 days a week; strength on 2–3 non-consecutive days, up to 3 sets of about
// 10 (so 30 reps); flexibility on most days, holds adding up to about 60 seconds; balance 2–3 days a week.
// Steps are SPEC §3's defaults (minutes 1, seconds 5, reps 1).

import { backExercises } from './regions/back.ts';
import { hipExercises } from './regions/hip.ts';
import { kneeExercises } from './regions/knee.ts';
import { neckExercises } from './regions/neck.ts';
import { shoulderExercises } from './regions/shoulder.ts';
import { wholeBodyExercises } from './regions/whole-body.ts';
import type { LibraryExercise } from './types.ts';

export const exerciseLibrary: readonly LibraryExercise[] = Object.freeze([
  ...wholeBodyExercises,
  ...backExercises,
  ...neckExercises,
  ...kneeExercises,
  ...hipExercises,
  ...shoulderExercises,
]);

const byId = new Map(exerciseLibrary.map((exercise) => [exercise.id, exercise]));

export function findLibraryExercise(id: string): LibraryExercise | undefined {
  return byId.get(id);
}
