import { describe, expect, it } from 'vitest';
import { ATTENTION_TIERS, TIERS } from './risk-tiers.ts';

describe('risk tiers', () => {
  it("keep SPEC §12's order of risk, stopped first and steady last", () => {
    expect(TIERS).toEqual([
      'stopped',
      'red_flag',
      'safety',
      'flare_prolonged',
      'flares_frequent',
      'boom_bust',
      'plateau',
      'week_worse',
      'low_adherence',
      'in_flare',
      'needs_clearance',
      'not_started',
      'steady',
    ]);
  });
  it('ask for attention down to low adherence, not for a flare, clearance, a wait or a steady plan', () => {
    expect(ATTENTION_TIERS).toEqual(TIERS.slice(0, 9));
    expect(ATTENTION_TIERS).not.toContain('in_flare');
  });
});
