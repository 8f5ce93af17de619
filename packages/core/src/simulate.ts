// Runs a whole scenario (SPEC §14) through the incremental engine, one event at a time.
import { startEngine } from './engine.ts';
import type {
  Decision,
  DosingModel,
  ExercisePlan,
  Flag,
  FlareRecord,
  Mode,
  PresetId,
  ScenarioEvent,
  Screening,
  StepResult,
  Thresholds,
} from './types.ts';

export interface Scenario {
  name?: string;
  preset?: PresetId | PresetId[];
  /** Default "classic" (SPEC as written); "personal" runs the personal response model (docs/dosing.md). */
  dosing?: DosingModel;
  thresholds?: Partial<Thresholds>;
  screening?: Screening;
  referenceMorningPain: number;
  exercises: ExercisePlan[];
  events: ScenarioEvent[];
}

/**
 * A decision as the scenario output shows it: SPEC §14's fields, plus the reason, the code and
 * params that render it in another language, and the inputs behind it (extra fields are allowed).
 */
export type SimulatedDecision = Decision;

export interface SimulationOutput {
  decisions: SimulatedDecision[];
  final: { mode: Mode; quotas: Record<string, number>; flags: Flag[]; flares: FlareRecord[] };
}

export function simulate(scenario: Scenario): SimulationOutput {
  const presets = scenario.preset === undefined ? undefined : [scenario.preset].flat();
  const started = startEngine({
    presets,
    dosing: scenario.dosing ?? 'classic',
    thresholds: scenario.thresholds,
    screening: scenario.screening,
    referenceMorningPain: scenario.referenceMorningPain,
    exercises: scenario.exercises,
  });
  const decisions: SimulatedDecision[] = [];
  const flares: FlareRecord[] = [];
  const collect = (result: StepResult) => {
    decisions.push(...result.decisions);
    if (result.flareStarted) flares.push({ ...result.flareStarted });
    if (result.flareEnded) {
      const open = flares.findLast((f) => f.startDay === result.flareEnded?.startDay && f.endDay === null);
      if (open) open.endDay = result.flareEnded.endDay;
    }
  };
  collect(started);
  for (const event of scenario.events) collect(started.engine.apply(event));
  const view = started.engine.view();
  return { decisions, final: { mode: view.mode, quotas: view.quotas, flags: view.flags, flares } };
}
