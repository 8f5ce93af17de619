import { describe, expect, it } from 'vitest';
import { CONDITION_IDS, presetsForConditions } from './conditions.ts';
import { PRESET_IDS } from './thresholds.ts';

describe('presetsForConditions', () => {
  it('gives each condition the preset of SPEC §9 it is listed for', () => {
    expect(presetsForConditions(['fibromyalgia'])).toEqual(['fibromyalgia']);
    expect(presetsForConditions(['widespread_pain'])).toEqual(['fibromyalgia']);
    expect(presetsForConditions(['tendinopathy'])).toEqual(['tendinopathy']);
    expect(presetsForConditions(['knee_osteoarthritis'])).toEqual(['osteoarthritis']);
    expect(presetsForConditions(['hip_osteoarthritis'])).toEqual(['osteoarthritis']);
    expect(presetsForConditions(['me_cfs'])).toEqual(['mecfs']);
  });
  it('gives the default preset to a condition no preset is listed for', () => {
    expect(presetsForConditions(['chronic_low_back_pain'])).toEqual(['default']);
    expect(presetsForConditions(['neck_pain'])).toEqual(['default']);
    expect(presetsForConditions(['other'])).toEqual(['default']);
  });
  it('gives the default preset when no condition is named', () => {
    expect(presetsForConditions([])).toEqual(['default']);
  });
  it('names each preset once, in the order its conditions come', () => {
    expect(presetsForConditions(['knee_osteoarthritis', 'me_cfs', 'hip_osteoarthritis'])).toEqual([
      'osteoarthritis',
      'mecfs',
    ]);
  });
  it('gives every condition a known preset', () => {
    for (const id of CONDITION_IDS)
      expect(PRESET_IDS).toEqual(expect.arrayContaining(presetsForConditions([id])));
  });
});
