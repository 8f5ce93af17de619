// The built-in exercise library (SPEC §12, issue 6): plain data a clinician builds programmes from.
//
// Doses follow ACSM's Guidelines for Exercise Testing and Prescription (11th ed.): aerobic work up to
// 60 minutes a session on 3–5 days a week; strength on 2–3 non-consecutive days, up to 3 sets of about
// 10 (so 30 reps); flexibility on most days, holds adding up to about 60 seconds; balance 2–3 days a week.
// Steps are SPEC §3's defaults (minutes 1, seconds 5, reps 1).

import { ankleFootExercises } from './regions/ankle-foot.ts';
import { backExercises } from './regions/back.ts';
import { elbowExercises } from './regions/elbow.ts';
import { hipExercises } from './regions/hip.ts';
import { kneeExercises } from './regions/knee.ts';
import { neckExercises } from './regions/neck.ts';
import { shoulderExercises } from './regions/shoulder.ts';
import { thoracicExercises } from './regions/thoracic.ts';
import { wholeBodyExercises } from './regions/whole-body.ts';
import { wristHandExercises } from './regions/wrist-hand.ts';
import type { BuiltInExercise } from './types.ts';

export const exerciseLibrary: readonly BuiltInExercise[] = Object.freeze([
  ...wholeBodyExercises,
  ...backExercises,
  ...neckExercises,
  ...kneeExercises,
  ...hipExercises,
  ...shoulderExercises,
  ...thoracicExercises,
  ...elbowExercises,
  ...wristHandExercises,
  ...ankleFootExercises,
]);

const byId = new Map(exerciseLibrary.map((exercise) => [exercise.id, exercise]));

export function findLibraryExercise(id: string): BuiltInExercise | undefined {
  return byId.get(id);
}
