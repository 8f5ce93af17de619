// The incremental engine: composes the rule modules. Fed one event at a time in canonical order, it
// returns the decisions that event caused; its state is plain JSON that can be stored and resumed.
import { closeDaysBefore, noteBustSignal } from './boom-bust.ts';
import { pruneHistory } from './dosing.ts';
import { checkProlonged, endFlare, enterFlare } from './flare.ts';
import { applyCrash } from './pacing.ts';
import { badBand, flareBand, notePersonalMorning, weekMargin } from './personal/bands.ts';
import { learnedModel, newPersonalProgramme } from './personal/model.ts';
import { checkPlateau, notePlateauBaseMorning } from './plateau.ts';
import { floorToSteps, quotaOf, scaleSteps } from './quota.ts';
import { addMorning, morningOn, referenceFor } from './reference.ts';
import { applyPausingSymptom, applyRedFlags, applyUrgentSymptom } from './safety.ts';
import { isUrgentSymptom } from './screening.ts';
import { finaliseWithMorning, logSession, timeOutWaiting } from './sessions.ts';
import { createState, exerciseState, FIRST_DAY, programmeMode } from './setup.ts';
import {
  dosingOf,
  type EngineState,
  isPersonal,
  isRunning,
  rulesVersionOf,
  unpausedExercises,
} from './state.ts';
import { decide, newStep, type Step } from './step.ts';
import { isPacing, presetsFor, resolveThresholds } from './thresholds.ts';
import type { EngineEvent, EngineView, EventType, Profile, StepResult } from './types.ts';
import { checkWeekRule } from './week-rule.ts';

/** Canonical order of event types within one day (SPEC §6, §14, and the server's own events). */
export const EVENT_RANK: Record<EventType, number> = {
  tick: 0,
  morning: 1,
  clearance: 2,
  flare: 3,
  crash: 4,
  symptom: 5,
  red_flag: 6,
  session: 7,
  // A clinician's (or the person's own) change comes among the day's sessions, in the order things
  // happened: a quota set at noon is the quota of the evening's session.
  resume: 7,
  set_quota: 7,
  set_thresholds: 7,
  set_presets: 7,
  end_flare: 7,
  add_exercise: 7,
  remove_exercise: 7,
  // A change of model is a clinician's change like set_thresholds: it applies from that moment on,
  // so the day's morning (which finalised yesterday's sessions) was decided under the old model.
  set_dosing: 7,
};

export class EngineError extends Error {
  override name = 'EngineError';
}

const KEEP_DAYS = 21; // the plateau rule counts sessions over 21 days; boom–bust looks 8 back

export class Engine {
  #state: EngineState;

  constructor(state: EngineState) {
    this.#state = state;
  }

  apply(event: EngineEvent): StepResult {
    const state = this.#state;
    checkOrder(state, event);
    const step = newStep(state, event.day);
    if (isRunning(state)) {
      closeDaysBefore(step, event.day);
      timeOutWaiting(step);
    }
    handle(step, event);
    if (isRunning(state)) checkProlonged(step);
    state.lastDay = event.day;
    state.lastRank = EVENT_RANK[event.type];
    prune(state, event.day);
    return step.result;
  }

  snapshot(): EngineState {
    return structuredClone(this.#state);
  }

  view(): EngineView {
    const state = this.#state;
    const current = Object.fromEntries(state.order.map((id) => [id, state.exercises[id]?.steps ?? 0]));
    const quotas = quotasOf(state, current);
    const flare = state.flare;
    const factors = state.thresholds.flareFactors;
    return {
      mode: programmeMode(state),
      quotas,
      paused: state.order.filter((id) => state.exercises[id]?.paused),
      flags: [...state.flags],
      openFlare: flare === null ? null : { startDay: flare.startDay, endDay: null },
      flareFactor: flare === null ? null : (factors[flare.factorIndex] ?? 1),
      quotasBeforeFlare: flare === null ? null : quotasOf(state, flare.preFlareSteps),
      waitingDays: [...new Set(state.pending.map((p) => p.day))],
      lastDay: state.lastDay,
      dosing: dosingOf(state),
      rulesVersion: rulesVersionOf(state),
      learned: isPersonal(state) ? learnedModel(state) : null,
    };
  }
}

export interface Started extends StepResult {
  engine: Engine;
}

/** A new engine for a profile, with the day-1 `start` decisions unless screening blocks them. */
export function startEngine(profile: Profile): Started {
  const state = createState(profile);
  const step = newStep(state, 1);
  const screening = profile.screening ?? {};
  applyRedFlags(step, screening.redFlags ?? []);
  if (!state.stopped && !state.needsClearance) startProgramme(step, 'start');
  return { engine: new Engine(state), ...step.result };
}

export function resumeEngine(state: EngineState): Engine {
  return new Engine(structuredClone(state));
}

function startProgramme(step: Step, code: 'start' | 'start_after_clearance' | 'resume'): void {
  step.state.started = true;
  for (const ex of unpausedExercises(step.state)) {
    decide(step, ex, {
      action: 'start',
      zone: null,
      steps: ex.steps,
      code,
      inputs: { baselineMean: ex.baselineMean },
    });
  }
}

type Handlers = { [K in EventType]: (step: Step, event: Extract<EngineEvent, { type: K }>) => void };

/** One handler per event type; rules run only while the programme runs (SPEC §14). */
const HANDLERS: Handlers = {
  tick: () => {},
  morning: (step, event) => onMorning(step, event.pain),
  clearance: (step) => {
    const { state } = step;
    if (!state.needsClearance) return;
    state.needsClearance = false;
    if (!state.stopped) startProgramme(step, state.started ? 'resume' : 'start_after_clearance');
  },
  flare: (step) => {
    if (isRunning(step.state)) enterFlare(step, 'person');
  },
  crash: (step) => {
    if (isRunning(step.state)) applyCrash(step);
  },
  symptom: (step, event) => {
    if (isUrgentSymptom(event.symptom)) applyUrgentSymptom(step, event.symptom);
    else applyPausingSymptom(step, exerciseOf(step.state, event.exercise), event.symptom);
  },
  red_flag: (step, event) => applyRedFlags(step, event.redFlags),
  session: (step, event) => {
    const ex = exerciseOf(step.state, event.exercise);
    // A session that reports an urgent symptom only stops (no step back first).
    if (event.symptom !== undefined && isUrgentSymptom(event.symptom))
      applyUrgentSymptom(step, event.symptom);
    else if (isRunning(step.state) && !ex.paused) logSession(step, ex, event);
  },
  resume: (step, event) => onResume(step, event.exercise),
  set_quota: (step, event) => onSetQuota(step, event.exercise, event.quota),
  set_thresholds: (step, event) => {
    const { state } = step;
    state.overrides = { ...state.overrides, ...event.thresholds };
    state.thresholds = resolveThresholds(state.presets, state.overrides);
  },
  set_presets: (step, event) => {
    const { state } = step;
    state.pem = event.pem ?? state.pem;
    state.presets = presetsFor({ presets: event.presets, screening: { pem: state.pem } });
    state.pacing = state.pem || isPacing(state.presets);
    state.thresholds = resolveThresholds(state.presets, state.overrides);
  },
  end_flare: (step) => {
    if (isRunning(step.state)) endFlare(step, 'flare_ended_by_clinician');
  },
  add_exercise: (step, event) => {
    const { state } = step;
    if (state.exercises[event.exercise.id] !== undefined) {
      throw new EngineError(`exercise "${event.exercise.id}" exists`);
    }
    const ex = exerciseState(event.exercise, state.thresholds.startPct);
    state.exercises[ex.id] = ex;
    state.order.push(ex.id);
    if (isRunning(state)) decide(step, ex, { action: 'start', zone: null, steps: ex.steps, code: 'start' });
  },
  set_dosing: (step, event) => {
    const { state } = step;
    if (event.rulesVersion !== undefined) state.rulesVersion = event.rulesVersion;
    else if (state.rulesVersion === undefined) state.rulesVersion = 1;
    if (event.dosing === dosingOf(state)) return;
    state.dosing = event.dosing;
    // Quotas stay as they are; the personal model starts from its prior (the dose in force is tolerated).
    if (event.dosing === 'personal') state.personal = newPersonalProgramme();
    else delete state.personal;
    for (const id of state.order) {
      const ex = state.exercises[id];
      if (ex !== undefined) delete ex.personal;
    }
  },
  remove_exercise: (step, event) => {
    const { state } = step;
    exerciseOf(state, event.exercise);
    delete state.exercises[event.exercise];
    state.order = state.order.filter((id) => id !== event.exercise);
    state.pending = state.pending.filter((p) => p.exercise !== event.exercise);
    if (state.flare !== null) delete state.flare.preFlareSteps[event.exercise];
  },
};

function handle(step: Step, event: EngineEvent): void {
  const handler = HANDLERS[event.type] as (step: Step, event: EngineEvent) => void;
  handler(step, event);
}

function onMorning(step: Step, pain: number): void {
  const { state, day } = step;
  const reference = referenceFor(state, day);
  const previous = morningOn(state, day - 1);
  addMorning(state, { day, pain, reference });
  notePlateauBaseMorning(step, day, pain);
  // Recorded either way: it feeds R later. Onboarding mornings before day 1 only do that.
  if (!isRunning(state) || day < FIRST_DAY) return;
  if (isPersonal(state)) {
    // "personal": bands beyond the person's own noise (measured before this morning joins it).
    const bad = pain - reference >= badBand(state) - 1e-9;
    const band = flareBand(state);
    if (bad) noteBustSignal(step, day);
    const flare = pain - reference >= band - 1e-9;
    if (flare && previous !== undefined && previous.pain - previous.reference >= band - 1e-9) {
      enterFlare(step, 'mornings');
    }
    notePersonalMorning(state, day, pain, reference);
    checkWeekRule(step, weekMargin(state));
  } else {
    const bad = pain >= reference + 2;
    if (bad) noteBustSignal(step, day);
    // (1) the flare trigger: two mornings in a row at M ≥ R + 2, each against its own R.
    if (bad && previous !== undefined && previous.pain >= previous.reference + 2)
      enterFlare(step, 'mornings');
    checkWeekRule(step); // (2)
  }
  finaliseWithMorning(step, day - 1, pain); // (3)
  checkPlateau(step); // (4)
}

function onResume(step: Step, exerciseId: string | undefined): void {
  const { state } = step;
  if (exerciseId !== undefined) {
    const ex = exerciseOf(state, exerciseId);
    if (!ex.paused) return;
    ex.paused = false;
    ex.greenStreak = 0;
    if (isRunning(state)) decide(step, ex, { action: 'start', zone: null, steps: ex.steps, code: 'resume' });
    return;
  }
  if (!state.stopped) return;
  state.stopped = false;
  if (!state.needsClearance) startProgramme(step, state.started ? 'resume' : 'start');
}

function onSetQuota(step: Step, exerciseId: string, quota: number): void {
  const { state } = step;
  const ex = exerciseOf(state, exerciseId);
  let steps = Math.max(1, floorToSteps(quota, ex.step));
  if (ex.maxSteps !== null) steps = Math.min(steps, ex.maxSteps);
  ex.greenStreak = 0;
  const flare = state.flare;
  if (flare !== null && flare.preFlareSteps[ex.id] !== undefined) {
    // In a flare the new quota is the one to rebuild to; today's dose stays gentle.
    flare.preFlareSteps[ex.id] = steps;
    const factor = state.thresholds.flareFactors[flare.factorIndex] ?? 1;
    steps = Math.min(steps, scaleSteps(steps, factor));
  }
  decide(step, ex, { action: 'set', zone: null, steps, code: 'set_by_clinician', flare: flare !== null });
}

/** Quotas from steps, for the exercises that have them, in the programme's order. */
function quotasOf(state: EngineState, steps: Record<string, number>): Record<string, number> {
  const quotas: Record<string, number> = {};
  for (const id of state.order) {
    const ex = state.exercises[id];
    const count = steps[id];
    if (ex !== undefined && count !== undefined) quotas[id] = quotaOf(count, ex.step);
  }
  return quotas;
}

function exerciseOf(state: EngineState, id: string | undefined) {
  const ex = id === undefined ? undefined : state.exercises[id];
  if (ex === undefined) throw new EngineError(`unknown exercise "${id ?? ''}"`);
  return ex;
}

function checkOrder(state: EngineState, event: EngineEvent): void {
  const rank = EVENT_RANK[event.type];
  if (rank === undefined) throw new EngineError(`unknown event type "${String(event.type)}"`);
  if (!Number.isInteger(event.day)) throw new EngineError('day must be a whole number');
  // Mornings before the programme's first day (onboarding) still feed R; nothing else comes before it.
  if (event.day < FIRST_DAY && event.type !== 'morning') {
    throw new EngineError(`only morning check-ins may come before day ${FIRST_DAY}`);
  }
  if (event.day < state.lastDay || (event.day === state.lastDay && rank < state.lastRank)) {
    throw new EngineError(`event out of order: ${event.type} on day ${event.day} after day ${state.lastDay}`);
  }
  if (event.type === 'morning' && morningOn(state, event.day) !== undefined) {
    throw new EngineError(`a second morning on day ${event.day}`);
  }
}

function prune(state: EngineState, day: number): void {
  if (state.days.length > 0 && (state.days[0]?.day ?? day) < day - KEEP_DAYS) {
    state.days = state.days.filter((d) => d.day >= day - KEEP_DAYS);
  }
  for (const id of state.order) {
    const ex = state.exercises[id];
    if (ex !== undefined) pruneHistory(ex, day - state.thresholds.capDays);
  }
}
