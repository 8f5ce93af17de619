// Dosing rules (SPEC §6): a final exercise-day zone, outside flare mode, gives exactly one decision —
// step back on RED, hold on AMBER, and progress after enough GREEN days, within the caps.
import { floorToSteps, quotaOf, scaleSteps } from './quota.ts';
import type { ExerciseState } from './state.ts';
import { type DecisionSpec, decide, type Step } from './step.ts';
import type { Decision, ReasonCode, Thresholds } from './types.ts';
import type { Classification, ZoneCause } from './zones.ts';

type Inputs = Decision['inputs'];

/** RED → quota × stepBack, down to the step, ≥ 1 step; a decision even at one step. */
export function stepBack(step: Step, ex: ExerciseState, code: ReasonCode, inputs: Inputs = {}): Decision {
  ex.greenStreak = 0;
  const stepBackFactor = step.state.thresholds.stepBack;
  return decide(step, ex, {
    action: 'step_back',
    zone: 'RED',
    steps: scaleSteps(ex.steps, stepBackFactor),
    code,
    params: typeof inputs.limit === 'number' ? { limit: inputs.limit } : {},
    inputs: { ...inputs, stepBack: stepBackFactor },
  });
}

/** The hold reason for an AMBER exercise-day, by what made it AMBER (both dosing models). */
export const HOLD_CODE: Record<ZoneCause, ReasonCode> = {
  peak: 'hold_amber_pain',
  after: 'hold_amber_pain',
  morning: 'hold_amber_morning',
  less: 'hold_amber_less',
  more: 'hold_amber_more',
  timeout: 'hold_timeout',
  symptom: 'hold_amber_pain',
};

export function decideExerciseDay(
  step: Step,
  ex: ExerciseState,
  day: Classification,
  inputs: Inputs,
): Decision {
  const withZone = { ...inputs, zoneCause: day.cause };
  if (day.zone === 'RED') {
    return stepBack(step, ex, day.cause === 'morning' ? 'step_back_morning' : 'step_back_pain', withZone);
  }
  const hold = (code: ReasonCode, extra: Partial<DecisionSpec> = {}) =>
    decide(step, ex, { action: 'hold', zone: day.zone, steps: ex.steps, code, inputs: withZone, ...extra });
  if (day.zone === 'AMBER') {
    ex.greenStreak = 0;
    const code = HOLD_CODE[day.cause ?? 'peak'];
    return hold(code, { params: typeof inputs.limit === 'number' ? { limit: inputs.limit } : {} });
  }
  if (step.state.pacing) {
    // Pacing (§8): the engine never raises a quota.
    ex.greenStreak = 0;
    return hold('hold_pacing');
  }
  const target = step.state.thresholds.greensToProgress;
  ex.greenStreak += 1;
  const block = step.state.weekBlockUntil;
  if (ex.greenStreak < target) {
    // "After 1 more good day it can go up" only when nothing would hold it then (issue 12): a worse
    // week, a cap or the top amount are named instead.
    const remaining = target - ex.greenStreak;
    const ahead = progressTarget(ex, step.state.thresholds, step.day + remaining);
    const outlook =
      block !== null && step.day + remaining <= block
        ? 'week'
        : ahead.steps > ex.steps
          ? 'up'
          : ahead.binding === 'max'
            ? 'max'
            : 'cap';
    return hold('hold_green_streak', { params: { remaining, outlook } });
  }
  ex.greenStreak = 0;
  if (block !== null && step.day <= block) return hold('hold_week_worse', { inputs: { ...withZone, block } });
  const next = progressTarget(ex, step.state.thresholds, step.day);
  const capInputs = { ...withZone, lowestSteps: next.lowest, capSteps: next.capSteps, maxSteps: ex.maxSteps };
  if (next.steps <= ex.steps) {
    if (next.binding === 'max') return hold('hold_cap_max', { inputs: capInputs });
    // The reason cites the numbers the cap came from: the lowest dose of the last days, and the most it allows.
    const lowest = quotaOf(next.lowest, ex.step);
    return hold('hold_cap_growth', {
      inputs: capInputs,
      params: { lowest, days: step.state.thresholds.capDays },
    });
  }
  return decide(step, ex, {
    action: 'progress',
    zone: 'GREEN',
    steps: next.steps,
    code: 'progress',
    params: { count: target },
    inputs: capInputs,
  });
}

interface ProgressTarget {
  steps: number;
  lowest: number;
  capSteps: number;
  binding: 'growth' | 'max' | null;
}

/**
 * max(quota + step, quota × (1 + progressPct)), then capped (Nielsen 2014): never above
 * max(lowest + step, capFactor × lowest) over days d − capDays..d, never above maxQuota.
 * A cap never lowers the quota: the caller holds when the target is not above it.
 */
export function progressTarget(ex: ExerciseState, t: Thresholds, day: number): ProgressTarget {
  const wanted = Math.max(ex.steps + 1, floorToSteps(ex.steps * (1 + t.progressPct / 100), 1));
  const lowest = lowestOutsideFlare(ex, day - t.capDays, day);
  const capSteps = floorToSteps(Math.max(lowest + 1, t.capFactor * lowest), 1);
  let steps = Math.min(wanted, capSteps);
  let binding: ProgressTarget['binding'] = capSteps < wanted ? 'growth' : null;
  if (ex.maxSteps !== null && ex.maxSteps < steps) {
    steps = ex.maxSteps;
    binding = 'max';
  }
  return { steps, lowest, capSteps, binding };
}

/** The lowest quota in force outside flare mode at any moment of days from..to. */
export function lowestOutsideFlare(ex: ExerciseState, from: number, to: number): number {
  let lowest = Number.POSITIVE_INFINITY;
  const history = ex.history;
  for (let i = 0; i < history.length; i++) {
    const record = history[i];
    if (record === undefined || record.day > to) continue;
    const next = history[i + 1];
    // In force from its day until the next change; a change on `from` still leaves it in force at
    // the start of that day.
    const endsBefore = next !== undefined && next.day < from;
    if (endsBefore || record.flare) continue;
    lowest = Math.min(lowest, record.steps);
  }
  return Number.isFinite(lowest) ? lowest : ex.steps;
}

/** Drops quota records that no 14-day window can reach any more (keeps the one in force at its start). */
export function pruneHistory(ex: ExerciseState, from: number): void {
  let firstKept = 0;
  while (firstKept + 1 < ex.history.length && (ex.history[firstKept + 1]?.day ?? 0) < from) firstKept++;
  if (firstKept > 0) ex.history.splice(0, firstKept);
}
