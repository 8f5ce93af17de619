// Which decision's reason an exercise card shows on Today (issue 11).
import type { TodayExercise } from '../../api/today.ts';

/**
 * The last change of dose; under the personal model the latest decision instead when it is as recent
 * (a hold whose reason says what the model saw: "You did the same as last week, so this is not from
 * walking"). Classic keeps the reason for the dose in force, as before.
 */
export function reasonShown(exercise: TodayExercise, personal: boolean): TodayExercise['change'] {
  const latest = exercise.lastDecision ?? null;
  if (!personal || latest === null) return exercise.change;
  if (exercise.change === null || latest.day >= exercise.change.day) return latest;
  return exercise.change;
}
