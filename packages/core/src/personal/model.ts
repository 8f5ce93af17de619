// The personal response model (docs/dosing.md): from the person's own answers, how much their morning
// pain moves from day to day (noise), and how much pain rises when the load goes above what they
// recently tolerated (response). Both are shrunk towards a cautious prior while data are few. State is
// a handful of numbers (exponentially forgotten sums), so every update is O(1) and snapshots stay small.
import { quotaOf } from '../quota.ts';
import type { EngineState, ExerciseState } from '../state.ts';
import type { LearnedModel, LearnedResponse, Thresholds } from '../types.ts';

/** Old answers fade: about the last 6 weeks of mornings weigh in for the noise… */
const FORGET = 0.975;
/** …and about the last 10 sessions above the tolerated load for the response (it is local: a hinge). */
const FORGET_RESPONSE = 0.9;
/** The prior counts as this many mornings / this much squared load (in 10 % units) of evidence. */
const NOISE_PRIOR_WEIGHT = 10;
const RESPONSE_PRIOR_WEIGHT = 6;
/** z for an ~80 % two-sided interval. */
const Z80 = 1.2816;

export interface PersonalProgramme {
  /** Forgotten count and sum of squared deviations of morning pain from R. */
  mornings: number;
  sumSq: number;
  /** Forgotten sum of products of consecutive days' deviations: how much one day carries to the next. */
  sumLag: number;
  lastDeviation: number | null;
  lastDay: number | null;
  /**
   * Forgotten count and sum of morning deviations after a day with sessions and after a day without:
   * their difference is what the current load adds to the next morning, free of R's lag and of trends.
   */
  afterSessionN: number;
  afterSessionSum: number;
  afterRestN: number;
  afterRestSum: number;
}

export interface PersonalExercise {
  /** The quota (steps) held without a sign of trouble for changeDays: what was recently tolerated. */
  toleratedSteps: number;
  /** The quota before the last increase, to undo it; null when there is none to undo. */
  previousSteps: number | null;
  lastIncreaseDay: number | null;
  /** The day the quota last changed (any way): the time-contingent floor counts from here. */
  lastChangeDay: number;
  /** Bad signals (bad mornings, pain over the limit) since the last increase: confirmation counter. */
  badSinceIncrease: number;
  /** Sum and count of morning deviations since the last increase (a sequential test), against `anchor`. */
  devSum: number;
  devCount: number;
  /** R when the dose last went up; kept low across an undo so a retry is judged against settled pain. */
  anchor: number | null;
  lastUndoDay: number | null;
  /** Forgotten regression sums of rise in pain (y) on load above tolerated (x, in 10 % units). */
  sxx: number;
  sxy: number;
  observations: number;
}

export function newPersonalProgramme(): PersonalProgramme {
  return {
    mornings: 0,
    sumSq: 0,
    sumLag: 0,
    lastDeviation: null,
    lastDay: null,
    afterSessionN: 0,
    afterSessionSum: 0,
    afterRestN: 0,
    afterRestSum: 0,
  };
}

export function newPersonalExercise(steps: number, day: number): PersonalExercise {
  return {
    toleratedSteps: steps,
    previousSteps: null,
    lastIncreaseDay: null,
    lastChangeDay: day,
    badSinceIncrease: 0,
    devSum: 0,
    devCount: 0,
    anchor: null,
    lastUndoDay: null,
    sxx: 0,
    sxy: 0,
    observations: 0,
  };
}

export function personalOf(ex: ExerciseState, day: number): PersonalExercise {
  if (ex.personal === undefined) ex.personal = newPersonalExercise(ex.steps, day);
  return ex.personal;
}

/** A morning answer: its deviation from R feeds the noise estimate. */
export function learnMorning(programme: PersonalProgramme, day: number, deviation: number): void {
  programme.mornings = programme.mornings * FORGET + 1;
  programme.sumSq = programme.sumSq * FORGET + deviation * deviation;
  const consecutive = programme.lastDay === day - 1 && programme.lastDeviation !== null;
  programme.sumLag =
    programme.sumLag * FORGET + (consecutive ? deviation * (programme.lastDeviation ?? 0) : 0);
  programme.lastDeviation = deviation;
  programme.lastDay = day;
}

/** About the last 4 weeks of session and rest mornings weigh in for the rest-day contrast. */
const FORGET_CONTRAST = 0.95;

export function learnContrast(programme: PersonalProgramme, afterSession: boolean, deviation: number): void {
  const keep = FORGET_CONTRAST;
  if (afterSession) {
    programme.afterSessionN = programme.afterSessionN * keep + 1;
    programme.afterSessionSum = programme.afterSessionSum * keep + deviation;
  } else {
    programme.afterRestN = programme.afterRestN * keep + 1;
    programme.afterRestSum = programme.afterRestSum * keep + deviation;
  }
}

/** Mornings after session days minus mornings after rest days, with its ~80 % lower bound. */
export function contrastOf(
  programme: PersonalProgramme | undefined,
  spread: number,
): { estimate: number; se: number } {
  const s = programme?.afterSessionN ?? 0;
  const r = programme?.afterRestN ?? 0;
  if (programme === undefined || s < 2 || r < 2) return { estimate: 0, se: Number.POSITIVE_INFINITY };
  const estimate = programme.afterSessionSum / s - programme.afterRestSum / r;
  return { estimate, se: spread * Math.sqrt(1 / s + 1 / r) };
}

/**
 * How much wider the SE of a mean of n consecutive mornings is than σ/√n, because a bad day tends to
 * follow a bad day (lag-1 correlation ρ, shrunk towards 0.3 and kept within 0–0.8): √((1+ρ)/(1−ρ)).
 */
export function carryOver(programme: PersonalProgramme | undefined): number {
  const n = programme?.mornings ?? 0;
  const raw = programme !== undefined && programme.sumSq > 0 ? (programme.sumLag ?? 0) / programme.sumSq : 0;
  const rho = Math.min(0.8, Math.max(0, (NOISE_PRIOR_WEIGHT * 0.3 + n * raw) / (NOISE_PRIOR_WEIGHT + n)));
  return Math.sqrt((1 + rho) / (1 - rho));
}

/** The noise SD: the person's own spread shrunk to the prior (a conjugate-style pooled variance). */
export function noiseSd(programme: PersonalProgramme | undefined, t: Thresholds): number {
  const n = programme?.mornings ?? 0;
  const sumSq = programme?.sumSq ?? 0;
  return Math.sqrt((NOISE_PRIOR_WEIGHT * t.noisePrior ** 2 + sumSq) / (NOISE_PRIOR_WEIGHT + n));
}

/** Load above what was tolerated, in units of 10 % (0 at or below it). */
export function loadAbove(steps: number, toleratedSteps: number): number {
  return Math.max(0, 10 * (steps / Math.max(1, toleratedSteps) - 1));
}

/** A finished exercise-day: the rise in pain it brought (y) against the load above tolerated (x). */
export function learnResponse(personal: PersonalExercise, x: number, rise: number): void {
  // Days at or below the tolerated load say nothing about the slope: they neither count nor fade it.
  if (x <= 0) return;
  personal.sxx = personal.sxx * FORGET_RESPONSE + x * x;
  personal.sxy = personal.sxy * FORGET_RESPONSE + x * rise;
  personal.observations += 1;
}

export interface ResponseEstimate {
  estimate: number;
  low: number;
  high: number;
}

/** Ridge regression through the origin towards the prior; its SE from the noise. */
export function responseOf(personal: PersonalExercise, t: Thresholds, noise: number): ResponseEstimate {
  const weight = RESPONSE_PRIOR_WEIGHT + personal.sxx;
  const estimate = (RESPONSE_PRIOR_WEIGHT * t.responsePrior + personal.sxy) / weight;
  const se = noise / Math.sqrt(weight);
  return { estimate, low: estimate - Z80 * se, high: estimate + Z80 * se };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** The clinician's view of what was learned (EngineView.learned). */
export function learnedModel(state: EngineState): LearnedModel {
  const t = state.thresholds;
  const programme = state.personal;
  const sd = noiseSd(programme, t);
  const n = programme?.mornings ?? 0;
  // Chi-square-style interval on an SD with (prior + n) effective answers.
  const spread = Z80 / Math.sqrt(2 * (NOISE_PRIOR_WEIGHT + n));
  const exercises: Record<string, LearnedResponse> = {};
  for (const id of state.order) {
    const ex = state.exercises[id];
    if (ex === undefined) continue;
    const personal = ex.personal ?? newPersonalExercise(ex.steps, state.lastDay);
    const response = responseOf(personal, t, sd);
    exercises[id] = {
      exercise: id,
      responsePer10Pct: round2(response.estimate),
      responseLow: round2(response.low),
      responseHigh: round2(response.high),
      observations: personal.observations,
      toleratedQuota: quotaOf(personal.toleratedSteps, ex.step),
    };
  }
  return {
    noiseSd: round2(sd),
    noiseLow: round2(sd * Math.max(0, 1 - spread)),
    noiseHigh: round2(sd * (1 + spread)),
    mornings: Math.round(n),
    exercises,
  };
}
