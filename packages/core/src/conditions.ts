// Conditions a person lives with, and the presets of SPEC §9 they select (the "for" column); the
// presets then combine in thresholds.ts, most cautious wins.
import type { PresetId } from './types.ts';

export const CONDITION_IDS = [
  'fibromyalgia',
  'widespread_pain',
  'chronic_low_back_pain',
  'neck_pain',
  'knee_osteoarthritis',
  'hip_osteoarthritis',
  'tendinopathy',
  'me_cfs',
  'other',
] as const;
export type ConditionId = (typeof CONDITION_IDS)[number];

const PRESET_OF: Record<ConditionId, PresetId> = {
  fibromyalgia: 'fibromyalgia',
  widespread_pain: 'fibromyalgia',
  chronic_low_back_pain: 'default',
  neck_pain: 'default',
  knee_osteoarthritis: 'osteoarthritis',
  hip_osteoarthritis: 'osteoarthritis',
  tendinopathy: 'tendinopathy',
  me_cfs: 'mecfs',
  other: 'default',
};

export function presetsForConditions(conditions: readonly ConditionId[]): PresetId[] {
  const presets = [...new Set(conditions.map((c) => PRESET_OF[c]))];
  return presets.length === 0 ? ['default'] : presets;
}
