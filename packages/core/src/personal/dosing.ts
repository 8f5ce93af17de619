// Dosing under the personal model (docs/dosing.md): the same zones, caps and safety rules as SPEC §5–§8,
// but a morning counts against the dose only when it is beyond the person's own noise AND the load
// went up recently; a step back undoes the last increase (after confirmation) instead of −20 % of a
// dose tolerated for weeks; and while pain does not respond to load, the dose still grows with time.
import { HOLD_CODE, progressTarget } from '../dosing.ts';
import { morningOn, referenceFor } from '../reference.ts';
import type { EngineState, ExerciseState } from '../state.ts';
import { type DecisionSpec, decide, type Step } from '../step.ts';
import type { Decision, ReasonCode, Thresholds } from '../types.ts';
import type { Classification } from '../zones.ts';
import { badBand, noiseOf } from './bands.ts';
import {
  carryOver,
  contrastOf,
  learnResponse,
  loadAbove,
  type PersonalExercise,
  personalOf,
  responseOf,
} from './model.ts';

type Inputs = Decision['inputs'];

function roundedNoise(state: EngineState): number {
  return Math.max(1, Math.round(noiseOf(state) * 2) / 2);
}

function isRecent(personal: PersonalExercise, day: number, t: Thresholds): boolean {
  const last = personal.lastIncreaseDay;
  return last !== null && day >= last && day - last < t.changeDays;
}

/** A quota changed under "personal": keep what the model needs to undo or to count time. */
export function notePersonalChange(
  state: EngineState,
  ex: ExerciseState,
  day: number,
  from: number,
  to: number,
  action: string,
) {
  const personal = personalOf(ex, day);
  if (to === from && action !== 'set' && action !== 'start') return; // a hold changes nothing
  personal.lastChangeDay = day;
  if (to > from && action === 'progress') {
    const reference = referenceFor(state, day);
    const undoneLately =
      personal.lastUndoDay !== null && day - personal.lastUndoDay <= 3 * state.thresholds.changeDays;
    personal.anchor =
      undoneLately && personal.anchor !== null ? (personal.anchor + reference) / 2 : reference;
    personal.previousSteps = from;
    personal.lastIncreaseDay = day;
    resetSinceIncrease(personal);
    return;
  }
  if (to < from || action === 'set' || action === 'start') {
    personal.toleratedSteps =
      action === 'set' || action === 'start' ? to : Math.min(personal.toleratedSteps, to);
    personal.previousSteps = null;
    personal.lastIncreaseDay = null;
    resetSinceIncrease(personal);
  }
}

/** A dose held for changeDays without a confirmed sign of trouble is tolerated. */
function settle(ex: ExerciseState, personal: PersonalExercise, day: number, t: Thresholds): void {
  const last = personal.lastIncreaseDay;
  if (last === null || day - last < t.changeDays) return;
  personal.toleratedSteps = ex.steps;
  personal.previousSteps = null;
  personal.lastIncreaseDay = null;
  resetSinceIncrease(personal);
}

function resetSinceIncrease(personal: PersonalExercise): void {
  personal.badSinceIncrease = 0;
  personal.devSum = 0;
  personal.devCount = 0;
}

/**
 * RED in "personal" (a safety symptom or pain above hardCeiling): no progress. The dose goes back to
 * before the last increase when it came recently, otherwise down by one progress step.
 */
export function stepBackPersonal(
  step: Step,
  ex: ExerciseState,
  code: ReasonCode,
  inputs: Inputs,
  sessionDay = step.day,
): Decision {
  const t = step.state.thresholds;
  const personal = personalOf(ex, step.day);
  ex.greenStreak = 0;
  const undo = personal.previousSteps !== null && personal.lastIncreaseDay !== null;
  const recent = isRecent(personal, sessionDay, t);
  if (code === 'step_back_one') {
    // Pain above the hard ceiling when that morning was already high and the session added little
    // (the within-day rise ≤ rise): the day's pain, not the load. RED, no progress, no cut; after a
    // recent increase it still counts as one bad sign (a second one undoes the increase).
    const morning = morningOn(step.state, step.day);
    const peak = typeof inputs.peak === 'number' ? inputs.peak : Number.POSITIVE_INFINITY;
    const after = typeof inputs.after === 'number' ? inputs.after : Number.NEGATIVE_INFINITY;
    if (morning !== undefined && Math.max(peak, after) - morning.pain <= t.rise) {
      if (recent) personal.badSinceIncrease += 1;
      return decide(step, ex, {
        action: 'hold',
        zone: 'RED',
        steps: ex.steps,
        code: 'hold_red_day',
        params: { limit: t.hardCeiling },
        inputs: { ...inputs, morningToday: morning.pain, undo: false },
      });
    }
  }
  if (undo) personal.lastUndoDay = step.day;
  const steps = undo ? Math.max(1, personal.previousSteps ?? 1) : oneStepDown(ex.steps, t);
  return decide(step, ex, {
    action: 'step_back',
    zone: 'RED',
    steps: Math.min(steps, ex.steps),
    code: undo ? 'step_back_undo' : code,
    // Only pain above the hard ceiling (or a confirmed morning) gets here: that is the limit named.
    params: { limit: t.hardCeiling },
    inputs: { ...inputs, undo },
  });
}

/** Down by what one progress step would add, at least one step, never below one step. */
function oneStepDown(steps: number, t: Thresholds): number {
  const down = Math.max(1, Math.floor((steps * t.progressPct) / (100 + t.progressPct) + 1e-9));
  return Math.max(1, steps - down);
}

/** z of the mean morning rise since an increase that undoes it (one-sided ~95 %), or that holds. */
const UNDO_Z = 2;
const WATCH_Z = 1;
/** At the end of the window, a milder rise (one-sided ~87 %) over ≥ 3 mornings also undoes it. */
const SETTLE_Z = 1.15;
/** The rest-day contrast above responseFlat: one-sided ~90 % steps back, ~80 % holds. */
const STEP_BACK_Z = 1.28;
const HOLD_Z = 0.84;

/**
 * The exercise-day's one decision under "personal", once its morning is known (or timed out: null).
 * `zone` is the worst of its sessions' at-once classifications.
 */
export function decidePersonalDay(
  step: Step,
  ex: ExerciseState,
  sessionDay: number,
  zone: Classification,
  morning: number | null,
  reference: number,
  inputs: Inputs,
): Decision {
  const { state } = step;
  const t = state.thresholds;
  const personal = personalOf(ex, step.day);
  const noise = noiseOf(state);
  const spread = noise * carryOver(state.personal);
  const closing = personal.lastIncreaseDay !== null && sessionDay - personal.lastIncreaseDay >= t.changeDays;
  if (
    closing &&
    personal.devCount >= 3 &&
    personal.devSum / (spread * Math.sqrt(personal.devCount)) >= SETTLE_Z
  ) {
    // A whole window of mornings above the level before the increase: confirmed, undo it.
    return stepBackPersonal(
      step,
      ex,
      'step_back_morning',
      { ...inputs, morning, trigger: 'window' },
      sessionDay,
    );
  }
  settle(ex, personal, sessionDay, t);
  const sessionSteps = typeof inputs.quota === 'number' ? inputs.quota / ex.step : ex.steps;
  const x = loadAbove(sessionSteps, personal.toleratedSteps);
  const deviation = morning === null ? null : morning - reference;
  // Since an increase, a morning is judged against the level before it (R lags behind a change).
  const sinceIncrease = morning === null ? null : morning - (personal.anchor ?? reference);
  if (sinceIncrease !== null) learnResponse(personal, x, sinceIncrease);
  const response = responseOf(personal, t, noise);
  const band = badBand(state);
  const recent = isRecent(personal, sessionDay, t);
  const seen: Inputs = {
    ...inputs,
    zoneCause: zone.cause,
    noiseSd: round2(noise),
    badBand: round2(band),
    response: round2(response.estimate),
    loadAbove: round2(x),
    recentIncrease: recent,
  };
  const hold = (code: ReasonCode, extra: Partial<DecisionSpec> = {}) =>
    decide(step, ex, { action: 'hold', zone: 'AMBER', steps: ex.steps, code, inputs: seen, ...extra });
  const noiseParams = { noise: roundedNoise(state) };

  if (deviation === null) {
    ex.greenStreak = 0; // never progress on missing data
    return hold('hold_timeout');
  }
  const bad = deviation >= band - 1e-9;
  const overLimit = zone.zone === 'AMBER' && (zone.cause === 'peak' || zone.cause === 'after');
  let evidence = 0;
  if (recent) {
    // Since the increase: did mornings rise beyond what noise explains? (z of their mean)
    personal.devSum += sinceIncrease ?? deviation;
    personal.devCount += 1;
    evidence = personal.devSum / (spread * Math.sqrt(personal.devCount));
    if (bad || overLimit) personal.badSinceIncrease += 1;
    seen.evidence = round2(evidence);
    const trigger =
      personal.badSinceIncrease >= 2
        ? 'two_bad'
        : personal.devCount >= 2 && evidence >= UNDO_Z
          ? 'evidence'
          : null;
    if (trigger !== null)
      return stepBackPersonal(step, ex, 'step_back_morning', { ...seen, morning, trigger }, sessionDay);
  }
  // The current load, held a while, still adds to the next morning beyond noise: not yet tolerated.
  const contrast = contrastOf(state.personal, noise);
  seen.sessionMorningRise = round2(contrast.estimate);
  if (!recent && contrast.estimate - STEP_BACK_Z * contrast.se > t.responseFlat) {
    ex.greenStreak = 0;
    if (step.day - personal.lastChangeDay >= t.changeDays) {
      return stepBackPersonal(step, ex, 'step_back_load', seen, sessionDay);
    }
    return hold('hold_response');
  }
  if (bad || (overLimit && recent)) {
    ex.greenStreak = 0;
    return hold(recent ? 'hold_watch' : 'hold_noise', { params: noiseParams });
  }
  if (zone.zone !== 'GREEN') {
    ex.greenStreak = 0;
    const code = HOLD_CODE[zone.cause ?? 'peak'];
    return floorOr(step, ex, personal, response.estimate, seen, () =>
      hold(code, { params: typeof inputs.limit === 'number' ? { limit: inputs.limit } : {} }),
    );
  }
  if (state.pacing) {
    ex.greenStreak = 0;
    return hold('hold_pacing', { zone: 'GREEN' });
  }
  if (recent && (personal.badSinceIncrease > 0 || evidence >= WATCH_Z)) {
    // One bad sign after an increase: watch until the window closes before going up again.
    ex.greenStreak = 0;
    return hold('hold_watch', { zone: 'GREEN', params: noiseParams });
  }
  const undoneLately = personal.lastUndoDay !== null && step.day - personal.lastUndoDay < t.changeDays;
  // One unconfirmed increase at a time, unless pain clearly does not respond to load: the good day
  // still counts, so the dose can go up as soon as the last increase has settled.
  const unsettled = recent && response.high >= t.responseFlat && !(personal.devCount >= 3 && evidence <= 0);
  if (
    unsettled &&
    !undoneLately &&
    !(response.low > t.responseFlat && x > 0) &&
    !(contrast.estimate - HOLD_Z * contrast.se > t.responseFlat)
  ) {
    ex.greenStreak = Math.min(ex.greenStreak + 1, t.greensToProgress - 1);
    return hold('hold_settle', { zone: 'GREEN' });
  }
  if (
    (response.low > t.responseFlat && x > 0) ||
    unsettled ||
    undoneLately ||
    contrast.estimate - HOLD_Z * contrast.se > t.responseFlat
  ) {
    // Pain clearly rises above the tolerated load: wait until this dose is tolerated.
    ex.greenStreak = 0;
    return hold('hold_response', { zone: 'GREEN' });
  }
  ex.greenStreak += 1;
  if (ex.greenStreak < t.greensToProgress) {
    return floorOr(step, ex, personal, response.estimate, seen, () =>
      hold('hold_green_streak', {
        zone: 'GREEN',
        params: { remaining: t.greensToProgress - ex.greenStreak },
      }),
    );
  }
  ex.greenStreak = 0;
  return progressOrHold(step, ex, seen, 'progress', { count: t.greensToProgress });
}

/**
 * The time-contingent floor (Lindström 1992, Lambeek 2007): while pain does not respond to load, a
 * dose unchanged for floorDays goes up one progress step even when noise keeps days from being GREEN.
 */
function floorOr(
  step: Step,
  ex: ExerciseState,
  personal: PersonalExercise,
  response: number,
  inputs: Inputs,
  otherwise: () => Decision,
): Decision {
  const t = step.state.thresholds;
  const due = step.day - personal.lastChangeDay >= t.floorDays;
  const contrast = contrastOf(step.state.personal, noiseOf(step.state));
  const responds = contrast.estimate - HOLD_Z * contrast.se > t.responseFlat;
  if (step.state.pacing || !due || response >= t.responseFlat || personal.badSinceIncrease > 0 || responds)
    return otherwise();
  const block = step.state.weekBlockUntil;
  if (block !== null && step.day <= block) return otherwise();
  const next = progressTarget(ex, t, step.day);
  if (next.steps <= ex.steps) return otherwise();
  ex.greenStreak = 0;
  return decide(step, ex, {
    action: 'progress',
    zone: 'GREEN',
    steps: next.steps,
    code: 'progress_floor',
    params: { days: t.floorDays },
    inputs: { ...inputs, lowestSteps: next.lowest, capSteps: next.capSteps, maxSteps: ex.maxSteps },
  });
}

function progressOrHold(
  step: Step,
  ex: ExerciseState,
  inputs: Inputs,
  code: ReasonCode,
  params: Record<string, number>,
): Decision {
  const t = step.state.thresholds;
  const hold = (holdCode: ReasonCode, extra: Inputs = {}) =>
    decide(step, ex, {
      action: 'hold',
      zone: 'GREEN',
      steps: ex.steps,
      code: holdCode,
      inputs: { ...inputs, ...extra },
    });
  const block = step.state.weekBlockUntil;
  if (block !== null && step.day <= block) return hold('hold_week_worse', { block });
  const next = progressTarget(ex, t, step.day);
  const capInputs = { lowestSteps: next.lowest, capSteps: next.capSteps, maxSteps: ex.maxSteps };
  if (next.steps <= ex.steps)
    return hold(next.binding === 'max' ? 'hold_cap_max' : 'hold_cap_growth', capInputs);
  return decide(step, ex, {
    action: 'progress',
    zone: 'GREEN',
    steps: next.steps,
    code,
    params,
    inputs: { ...inputs, ...capInputs },
  });
}

const round2 = (value: number) => Math.round(value * 100) / 100;
