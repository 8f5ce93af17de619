import { describe, expect, it } from 'vitest';
import { aboveCap, capQuota } from './dose-cap.ts';
import { progressTarget } from './dosing.ts';
import { exerciseState } from './setup.ts';
import { DEFAULT_THRESHOLDS } from './thresholds.ts';

describe('the 14-day cap as a quota', () => {
  it('allows +30% or one step, whichever is more', () => {
    expect(capQuota(10, 1)).toBe(13);
    expect(capQuota(2, 1)).toBe(3);
    expect(capQuota(40, 5)).toBe(50); // 8 steps → 10 steps (1.3 × 8 = 10.4, floored)
    expect(aboveCap(10, 13, 1)).toBe(false);
    expect(aboveCap(10, 14, 1)).toBe(true);
  });

  it("agrees with the engine's own cap", () => {
    for (const baseline of [3, 10, 17, 40]) {
      const ex = exerciseState({ id: 'walk', name: 'walk', unit: 'minutes', baseline: [baseline] }, 100);
      const target = progressTarget(ex, { ...DEFAULT_THRESHOLDS, progressPct: 1000 }, 1);
      expect(capQuota(ex.steps * ex.step, ex.step)).toBe(target.capSteps * ex.step);
    }
  });
});
