// Building the first state from a profile: screening outcome, presets, thresholds, starting quotas.

import { newPersonalProgramme } from './personal/model.ts';
import { maxSteps, mean, startingSteps, stepFor } from './quota.ts';
import { screeningOutcome } from './screening.ts';
import { type EngineState, type ExerciseState, STATE_VERSION } from './state.ts';
import { isPacing, presetsFor, resolveThresholds } from './thresholds.ts';
import { type ExercisePlan, type Mode, type Profile, RULES_VERSION } from './types.ts';

const DEFAULT_PER_WEEK = 5;
/** Day 1 is the programme's first day; only morning check-ins may come before it (they feed R). */
export const FIRST_DAY = 1;

export function exerciseState(plan: ExercisePlan, startPct: number): ExerciseState {
  const steps = startingSteps(plan, startPct);
  return {
    id: plan.id,
    name: plan.name ?? plan.id,
    unit: plan.unit,
    step: stepFor(plan),
    maxSteps: maxSteps(plan),
    perWeek: plan.perWeek ?? DEFAULT_PER_WEEK,
    baselineMean: mean(plan.baseline),
    startSteps: steps,
    steps,
    paused: false,
    greenStreak: 0,
    history: [],
    decidedDay: null,
    lastSessionDay: null,
  };
}

export function createState(profile: Profile): EngineState {
  const presets = presetsFor(profile);
  const thresholds = resolveThresholds(presets, profile.thresholds);
  const screening = screeningOutcome(profile.screening);
  const exercises: Record<string, ExerciseState> = {};
  for (const plan of profile.exercises) exercises[plan.id] = exerciseState(plan, thresholds.startPct);
  const dosing = profile.dosing ?? 'classic';
  return {
    version: STATE_VERSION,
    dosing,
    rulesVersion: profile.rulesVersion ?? RULES_VERSION,
    ...(dosing === 'personal' ? { personal: newPersonalProgramme() } : {}),
    referenceMorningPain: profile.referenceMorningPain,
    presets,
    overrides: { ...profile.thresholds },
    thresholds,
    pem: screening.pacing,
    pacing: screening.pacing || isPacing(presets),
    needsClearance: screening.status === 'needs_clearance',
    stopped: false,
    started: false,
    flags: [],
    // Before any event: onboarding mornings may carry days before day 1 (any whole number).
    lastDay: Number.MIN_SAFE_INTEGER,
    lastRank: 0,
    order: profile.exercises.map((plan) => plan.id),
    exercises,
    mornings: [],
    pending: [],
    days: [],
    flare: null,
    recentFlareStarts: [],
    weekBlockUntil: null,
    firstSessionDay: null,
    plateauBase: { sum: 0, count: 0 },
    booms: [],
    cycleDays: [],
    closedThrough: 0,
  };
}

/** Precedence: stopped > needs_clearance > flare > pacing > normal. */
export function programmeMode(state: EngineState): Mode {
  if (state.stopped) return 'stopped';
  if (state.needsClearance) return 'needs_clearance';
  if (state.flare !== null) return 'flare';
  if (state.pacing) return 'pacing';
  return 'normal';
}
