// The builder's preview: core's own engine (simulate) run on sample weeks, so the clinician sees how
// the plan would respond before the patient lives it: an easy week, a sore day, a flare.
import {
  type DosingModel,
  type ExercisePlan,
  type PresetId,
  type Scenario,
  type ScenarioEvent,
  type SimulatedDecision,
  simulate,
  type Thresholds,
} from '@steadily/core';

export const SAMPLES = ['calm', 'sore_day', 'flare'] as const;
export type SampleId = (typeof SAMPLES)[number];

export interface PreviewInput {
  exercises: (ExercisePlan & { name: string })[];
  presets: PresetId[];
  thresholds: Partial<Thresholds>;
  referenceMorningPain: number;
  pacing: boolean;
  /** The dosing model the programme will run: "personal" unless said (new programmes, issue 11). */
  dosing?: DosingModel;
}

export interface SampleResult {
  id: SampleId;
  /** Quota of each exercise in force at the end of each day 1–7. */
  days: { day: number; quotas: Record<string, number> }[];
  decisions: SimulatedDecision[];
  flags: string[];
}

const WEEK = 7;

/** Spreads `perWeek` sessions over a week, starting on day 1: 5 → days 1, 2, 3, 5, 6. */
export function sessionDays(perWeek: number): number[] {
  const days: number[] = [];
  for (let d = 1; d <= WEEK; d++) {
    if (Math.ceil((d * perWeek) / WEEK) > Math.ceil(((d - 1) * perWeek) / WEEK)) days.push(d);
  }
  return days;
}

function eventsFor(input: PreviewInput, id: SampleId, hardCeiling: number): ScenarioEvent[] {
  const usual = Math.floor(input.referenceMorningPain);
  const events: ScenarioEvent[] = [];
  for (let day = 1; day <= WEEK + 1; day++) {
    const sore = id === 'sore_day' && day === 4;
    if (day > 1) events.push({ day, type: 'morning', pain: sore ? Math.min(10, usual + 2) : usual });
    if (id === 'flare' && day === 4) events.push({ day, type: 'flare' });
    if (day > WEEK) continue;
    for (const exercise of input.exercises) {
      if (!sessionDays(exercise.perWeek ?? 5).includes(day)) continue;
      const peak = id === 'sore_day' && day === 3 ? Math.min(10, hardCeiling + 1) : usual;
      events.push({ day, type: 'session', exercise: exercise.id, done: 'quota', peak, after: usual });
    }
  }
  return events;
}

export function runSample(input: PreviewInput, id: SampleId, hardCeiling: number): SampleResult {
  const scenario: Scenario = {
    preset: input.presets.length > 0 ? input.presets : ['default'],
    thresholds: input.thresholds,
    screening: { pem: input.pacing },
    referenceMorningPain: input.referenceMorningPain,
    dosing: input.dosing ?? 'personal',
    exercises: input.exercises,
    events: eventsFor(input, id, hardCeiling),
  };
  const output = simulate(scenario);
  const quotas: Record<string, number> = {};
  const days: SampleResult['days'] = [];
  for (let day = 1; day <= WEEK; day++) {
    for (const d of output.decisions) if (d.day === day) quotas[d.exercise] = d.quota;
    days.push({ day, quotas: { ...quotas } });
  }
  return { id, days, decisions: output.decisions, flags: output.final.flags };
}
