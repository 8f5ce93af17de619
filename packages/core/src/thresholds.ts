// Clinical defaults (SPEC §5–§9, §14) and condition presets (§9). Every number here is a default a
// clinician can override per person; the engine reads them only from the resolved Thresholds.
import type { PresetId, Profile, Thresholds } from './types.ts';

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  // Silbernagel 2007 pain-monitoring model: up to 5/10 is acceptable; a 2-point rise is accepted in
  // widespread pain, never above 7.
  ceiling: 5,
  rise: 2,
  hardCeiling: 7,
  // Lambeek 2007 graded activity: start at 70% of tolerance.
  startPct: 70,
  progressPct: 10,
  greensToProgress: 2,
  stepBack: 0.8,
  // Nielsen 2014: bigger jumps in load raise injury risk; at most +30% over 14 days.
  capFactor: 1.3,
  capDays: 14,
  amberBelowPct: 80,
  amberAbovePct: 120,
  flareFactors: [0.6, 0.8],
  // The personal model (docs/dosing.md). A cautious prior: little noise assumed (so a bad morning
  // counts) and a clear response to load, until the person's own answers say otherwise.
  noisePrior: 1,
  noiseBand: 2,
  responsePrior: 1,
  responseFlat: 0.5,
  changeDays: 6,
  floorDays: 7,
});

type PresetColumns = Pick<Thresholds, 'startPct' | 'progressPct' | 'ceiling' | 'rise' | 'hardCeiling'>;

export const PRESETS: Readonly<Record<PresetId, PresetColumns>> = Object.freeze({
  default: { startPct: 70, progressPct: 10, ceiling: 5, rise: 2, hardCeiling: 7 },
  // ACSM: start low, go slow.
  fibromyalgia: { startPct: 60, progressPct: 5, ceiling: 5, rise: 2, hardCeiling: 7 },
  // Pain-monitoring model in tendinopathy: a fixed limit of 5.
  tendinopathy: { startPct: 70, progressPct: 10, ceiling: 5, rise: 0, hardCeiling: 5 },
  // Pain after is asked at 2 hours (a question for the app, not a number for the engine).
  osteoarthritis: { startPct: 70, progressPct: 10, ceiling: 5, rise: 2, hardCeiling: 7 },
  // NICE NG206: no graded exercise therapy in ME/CFS; pacing, so no progression.
  mecfs: { startPct: 60, progressPct: 0, ceiling: 5, rise: 2, hardCeiling: 7 },
});

export const PRESET_IDS = Object.keys(PRESETS) as PresetId[];

/** The presets in force: the profile's, plus `mecfs` when the PEM screen is positive. */
export function presetsFor(profile: Pick<Profile, 'presets' | 'screening'>): PresetId[] {
  const chosen: PresetId[] =
    profile.presets && profile.presets.length > 0 ? [...profile.presets] : ['default'];
  if (profile.screening?.pem === true && !chosen.includes('mecfs')) chosen.push('mecfs');
  return chosen;
}

/** Most cautious wins: the lowest start, progress, ceiling, rise and hardCeiling; then overrides. */
export function resolveThresholds(presets: PresetId[], overrides: Partial<Thresholds> = {}): Thresholds {
  const columns = presets.map((id) => PRESETS[id]);
  const lowest = (key: keyof PresetColumns) => Math.min(...columns.map((c) => c[key]));
  const merged: Thresholds = {
    ...DEFAULT_THRESHOLDS,
    flareFactors: [...DEFAULT_THRESHOLDS.flareFactors],
    startPct: lowest('startPct'),
    progressPct: lowest('progressPct'),
    ceiling: lowest('ceiling'),
    rise: lowest('rise'),
    hardCeiling: lowest('hardCeiling'),
  };
  return applyOverrides(merged, overrides);
}

export function applyOverrides(base: Thresholds, overrides: Partial<Thresholds>): Thresholds {
  const next: Thresholds = { ...base, flareFactors: [...base.flareFactors] };
  for (const [key, value] of Object.entries(overrides) as [keyof Thresholds, unknown][]) {
    if (value === undefined) continue;
    if (key === 'flareFactors') next.flareFactors = [...(value as number[])];
    else next[key] = value as number;
  }
  return next;
}

/** `mecfs`, however it comes, means pacing mode (§9). */
export function isPacing(presets: PresetId[]): boolean {
  return presets.includes('mecfs');
}
