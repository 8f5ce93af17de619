import { TIERS } from '@steadily/core';
import { describe, expect, it } from 'vitest';
import { attentionOf, type CaseloadFacts } from './attention.ts';

function makeFacts(overrides: Partial<CaseloadFacts> = {}): CaseloadFacts {
  return {
    mode: 'normal',
    screeningStatus: 'clear',
    cleared: false,
    hasProgramme: true,
    daysRunning: 19,
    paused: [],
    openFlareStartDay: null,
    openAlertKeys: [],
    weekWorseRecent: false,
    sessions: 10,
    perWeek: 5,
    ...overrides,
  };
}

describe('where a person sorts in the caseload', () => {
  it('puts a stopped programme first, whatever else applies', () => {
    const a = attentionOf(makeFacts({ mode: 'stopped', openAlertKeys: ['flag:plateau', 'alert:fever:3:'] }));
    expect(a.tiers).toEqual(['stopped', 'red_flag', 'plateau']);
  });

  it('ranks open alerts by SPEC §12 order: red flag, safety, long flare, frequent flares, boom–bust, plateau, worse week', () => {
    const keys = [
      'flag:week_worse',
      'flag:plateau',
      'alert:boom_bust:30:',
      'flag:flares_frequent',
      'alert:flare_prolonged:9:',
      'alert:chest_pain:2:',
      'alert:night_pain:1:',
    ];
    expect(attentionOf(makeFacts({ openAlertKeys: keys })).tiers).toEqual(TIERS.slice(1, 8));
  });

  it('keeps a paused exercise in the safety tier even with no open alert', () => {
    expect(attentionOf(makeFacts({ paused: ['walk'] })).tier).toBe('safety');
  });

  it('judges adherence over the last 14 days, below 70% of the sessions planned', () => {
    expect(attentionOf(makeFacts({ sessions: 6 })).tier).toBe('low_adherence');
    expect(attentionOf(makeFacts({ sessions: 7 })).tier).toBe('steady');
    expect(attentionOf(makeFacts({ sessions: 7 })).adherence).toEqual({ sessions: 7, planned: 10, days: 14 });
  });

  it('does not judge adherence in the first week, nor while stopped or waiting for clearance', () => {
    expect(attentionOf(makeFacts({ daysRunning: 5, sessions: 0 })).adherence).toBeNull();
    expect(attentionOf(makeFacts({ daysRunning: 7, sessions: 0 })).adherence).toEqual({
      sessions: 0,
      planned: 5,
      days: 7,
    });
    expect(attentionOf(makeFacts({ mode: 'needs_clearance', sessions: 0 })).tiers).toEqual([
      'needs_clearance',
    ]);
  });

  it('shows a flare, a wait for clearance and no programme yet below every alert', () => {
    expect(attentionOf(makeFacts({ mode: 'flare', openFlareStartDay: 4 })).tier).toBe('in_flare');
    expect(attentionOf(makeFacts({ hasProgramme: false, screeningStatus: 'needs_clearance' })).tiers).toEqual(
      ['needs_clearance', 'not_started'],
    );
    expect(
      attentionOf(makeFacts({ hasProgramme: false, screeningStatus: 'needs_clearance', cleared: true })).tier,
    ).toBe('not_started');
    expect(attentionOf(makeFacts({ hasProgramme: false, screeningStatus: 'stopped' })).tiers).toEqual([
      'stopped',
    ]);
  });

  it('ignores alerts that do not rank (none today, but a new notice kind must not crash it)', () => {
    expect(attentionOf(makeFacts({ openAlertKeys: ['alert:something_new:1:'] })).tier).toBe('steady');
  });
});
