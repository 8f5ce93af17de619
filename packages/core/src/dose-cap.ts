// The 14-day growth cap (Nielsen 2014; SPEC §6) as a quota, for a clinician's hand-set dose: the
// engine's own arithmetic (dosing.ts progressTarget) — max(lowest + step, capFactor × lowest), in
// whole steps — so the clinic screen asks before a jump the engine itself would never make.
import { floorToSteps, quotaOf } from './quota.ts';
import { DEFAULT_THRESHOLDS } from './thresholds.ts';

/** The highest quota the cap allows over a period whose lowest quota was `lowestQuota`. */
export function capQuota(
  lowestQuota: number,
  step: number,
  capFactor = DEFAULT_THRESHOLDS.capFactor,
): number {
  const lowest = Math.max(1, floorToSteps(lowestQuota, step));
  return quotaOf(floorToSteps(Math.max(lowest + 1, capFactor * lowest), 1), step);
}

/** Whether setting `next` over a period whose lowest quota was `lowestQuota` jumps above the cap. */
export function aboveCap(lowestQuota: number, next: number, step: number, capFactor?: number): boolean {
  return next > capQuota(lowestQuota, step, capFactor);
}
