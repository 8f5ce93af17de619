// The personal model's bands (docs/dosing.md): what counts as a bad morning, a flare, a worse week and
// RED at once, each scaled to the person's own noise; and what every morning answer teaches the model.
import { above } from '../quota.ts';
import type { EngineState } from '../state.ts';
import type { Thresholds } from '../types.ts';
import { type Classification, painLimit, type SessionReading } from '../zones.ts';
import {
  learnContrast,
  learnMorning,
  loadAbove,
  newPersonalProgramme,
  noiseSd,
  responseOf,
} from './model.ts';

/**
 * At once, in "personal": a safety symptom or pain above hardCeiling is RED. Pain above the person's
 * limit (but not the hard ceiling) waits for the morning (Silbernagel 2007: acceptable if settled by
 * then) as AMBER; pain at the limit is fine.
 */
export function classifyAtOncePersonal(reading: SessionReading, t: Thresholds): Classification {
  const limit = painLimit(reading.before, t);
  if (reading.symptom) return { zone: 'RED', cause: 'symptom' };
  if (above(reading.peak, t.hardCeiling)) return { zone: 'RED', cause: 'peak' };
  if (reading.after !== undefined && above(reading.after, t.hardCeiling))
    return { zone: 'RED', cause: 'after' };
  if (above(reading.peak, limit)) return { zone: 'AMBER', cause: 'peak' };
  if (reading.after !== undefined && above(reading.after, limit)) return { zone: 'AMBER', cause: 'after' };
  if (reading.done < (t.amberBelowPct / 100) * reading.quota - 1e-9) return { zone: 'AMBER', cause: 'less' };
  if (above(reading.done, (t.amberAbovePct / 100) * reading.quota)) return { zone: 'AMBER', cause: 'more' };
  return { zone: 'GREEN', cause: null };
}

/** The learned noise of this programme (the prior when nothing is learned yet). */
export function noiseOf(state: EngineState): number {
  return noiseSd(state.personal, state.thresholds);
}

/** A morning beyond the person's noise: at least 2 points (SPEC's RED) and noiseBand SDs above R. */
export function badBand(state: EngineState): number {
  return Math.max(2, state.thresholds.noiseBand * noiseOf(state));
}

/** The morning's part of a zone in "personal": RED only beyond the person's noise. */
export function classifyMorningPersonal(state: EngineState, pain: number, reference: number): Classification {
  return pain - reference >= badBand(state) - 1e-9
    ? { zone: 'RED', cause: 'morning' }
    : { zone: 'GREEN', cause: null };
}

/** Two mornings in a row this far above R start a flare: one point beyond the bad band. */
export function flareBand(state: EngineState): number {
  return Math.max(2, state.thresholds.noiseBand * noiseOf(state) + 1);
}

/**
 * The week rule's margin: this week's mean morning must be worse than last week's by more than the
 * noise of a difference of two weekly means would explain (≈ 0.82 σ with day-to-day correlation).
 */
export function weekMargin(state: EngineState): number {
  return Math.max(1, state.thresholds.noiseBand * 0.82 * noiseOf(state));
}

/**
 * Every morning answer (running programme) feeds the noise estimate, less what the learned response
 * explains of it (yesterday's load above tolerated), so a load response is not mistaken for noise.
 */
export function notePersonalMorning(state: EngineState, day: number, pain: number, reference: number): void {
  if (state.personal === undefined) state.personal = newPersonalProgramme();
  const noise = noiseSd(state.personal, state.thresholds);
  let explained = 0;
  for (const p of state.pending) {
    const ex = state.exercises[p.exercise];
    if (p.day !== day - 1 || ex === undefined || ex.personal === undefined) continue;
    const steps = typeof p.inputs.quota === 'number' ? p.inputs.quota / ex.step : ex.steps;
    const x = loadAbove(steps, ex.personal.toleratedSteps);
    explained = Math.max(
      explained,
      Math.max(0, responseOf(ex.personal, state.thresholds, noise).estimate) * x,
    );
  }
  learnMorning(state.personal, day, pain - reference - explained);
  const yesterday = state.days.find((d) => d.day === day - 1);
  learnContrast(state.personal, (yesterday?.sessions ?? 0) > 0, pain - reference);
}
