// One event's worth of work: the state being changed, the day, and what the step has produced.
// Rule modules write decisions, flags and notices only through these functions.
import { notePersonalChange } from './personal/dosing.ts';
import { quotaOf } from './quota.ts';
import { renderReason } from './reasons.ts';
import { dosingOf, type EngineState, type ExerciseState } from './state.ts';
import type { Action, Decision, Flag, Notice, ReasonCode, ReasonParams, StepResult, Zone } from './types.ts';

export interface Step {
  state: EngineState;
  day: number;
  result: StepResult;
}

export function newStep(state: EngineState, day: number): Step {
  return { state, day, result: { decisions: [], flagsRaised: [], notices: [] } };
}

export function raiseFlag(step: Step, flag: Flag): boolean {
  if (step.state.flags.includes(flag)) return false;
  step.state.flags.push(flag);
  step.result.flagsRaised.push(flag);
  return true;
}

export function notify(step: Step, notice: Notice): void {
  step.result.notices.push(notice);
}

export interface DecisionSpec {
  action: Action;
  zone: Zone | null;
  steps: number;
  code: ReasonCode;
  params?: ReasonParams;
  inputs?: Decision['inputs'];
  /** Whether the new quota belongs to flare mode (for the 14-day cap). */
  flare?: boolean;
}

/** Sets the exercise's quota and records the decision with its plain-language reason. */
export function decide(step: Step, ex: ExerciseState, spec: DecisionSpec): Decision {
  const from = quotaOf(ex.steps, ex.step);
  const to = quotaOf(spec.steps, ex.step);
  if (spec.steps !== ex.steps || spec.action === 'start')
    recordQuota(ex, step.day, spec.steps, spec.flare ?? false);
  if (step.state.dosing === 'personal')
    notePersonalChange(step.state, ex, step.day, ex.steps, spec.steps, spec.action);
  ex.steps = spec.steps;
  const reasonParams: ReasonParams = { exercise: ex.name, unit: ex.unit, from, to, ...spec.params };
  const decision: Decision = {
    day: step.day,
    exercise: ex.id,
    zone: spec.zone,
    action: spec.action,
    quota: to,
    previousQuota: from,
    reason: renderReason('en', spec.code, reasonParams),
    reasonCode: spec.code,
    reasonParams,
    inputs: { ...spec.inputs, step: ex.step, dosing: dosingOf(step.state) },
  };
  step.result.decisions.push(decision);
  return decision;
}

export function recordQuota(ex: ExerciseState, day: number, steps: number, flare: boolean): void {
  const last = ex.history.at(-1);
  if (last !== undefined && last.day === day && last.flare === flare && last.steps === steps) return;
  ex.history.push({ day, steps, flare });
}
