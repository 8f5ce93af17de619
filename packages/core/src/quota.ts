// Quota arithmetic. Quotas are whole numbers of steps, so rounding "down to the step" is exact;
// products are compared with a 1e-9 tolerance before flooring (70% of 90 is 63, not 62.999…).
import type { ExercisePlan, Unit } from './types.ts';

export const EPSILON = 1e-9;

const DEFAULT_STEP: Record<Unit, number> = { minutes: 1, seconds: 5, reps: 1 };

export function stepFor(plan: Pick<ExercisePlan, 'unit' | 'step'>): number {
  return plan.step ?? DEFAULT_STEP[plan.unit];
}

/** Whole steps in a real amount, rounded down (with the tolerance). */
export function floorToSteps(amount: number, step: number): number {
  return Math.floor(amount / step + EPSILON);
}

/** `steps × factor`, rounded down to a whole step, never below one step (§6, §7). */
export function scaleSteps(steps: number, factor: number): number {
  return Math.max(1, Math.floor(steps * factor + EPSILON));
}

export function quotaOf(steps: number, step: number): number {
  return Math.round(steps * step * 1e9) / 1e9;
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Starting quota in steps (§3): startPct of the baseline mean, down to the step, ≥ 1 step, ≤ max. */
export function startingSteps(plan: ExercisePlan, startPct: number): number {
  const step = stepFor(plan);
  const steps = Math.max(1, floorToSteps((startPct / 100) * mean(plan.baseline), step));
  const max = maxSteps(plan);
  return max === null ? steps : Math.min(steps, max);
}

export function maxSteps(plan: Pick<ExercisePlan, 'unit' | 'step' | 'maxQuota'>): number | null {
  return plan.maxQuota === undefined ? null : floorToSteps(plan.maxQuota, stepFor(plan));
}

/** Minutes of activity in an amount of this unit; reps are not counted (§10). */
export function activeMinutes(unit: Unit, amount: number): number {
  if (unit === 'minutes') return amount;
  if (unit === 'seconds') return amount / 60;
  return 0;
}

export function atLeast(value: number, bound: number): boolean {
  return value >= bound - EPSILON;
}

export function above(value: number, bound: number): boolean {
  return value > bound + EPSILON;
}
