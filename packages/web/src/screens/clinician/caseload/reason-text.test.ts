import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../i18n/en/clinician.json';
import { reasonText } from './reason-text.tsx';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    lng: 'en',
    ns: ['clinician'],
    defaultNS: 'clinician',
    resources: { en: { clinician: en } },
  });
});

describe('a caseload reason in words', () => {
  const say = (reason: Parameters<typeof reasonText>[0]) => reasonText(reason, i18n.t, 'en-GB');

  it('names the red flag, the symptom with its exercise, and the date', () => {
    expect(say({ code: 'red_flag', cause: 'night_pain', localDate: '2026-03-12' })).toBe(
      'Red flag: constant night pain (12 Mar 2026).',
    );
    expect(
      say({ code: 'safety', cause: 'sharp_new_pain', exerciseName: 'Walking', localDate: '2026-03-02' }),
    ).toBe('Safety symptom: sharp new pain with Walking (2 Mar 2026).');
    expect(say({ code: 'red_flag', cause: 'red_flag', localDate: '2026-03-12' })).toBe(
      'Flag: Red flag (12 Mar 2026).',
    );
  });

  it('counts sessions against the plan, and says where a stop came from', () => {
    expect(say({ code: 'low_adherence', sessions: 4, planned: 10, days: 14 })).toBe(
      '4 of 10 planned sessions in the last 14 days.',
    );
    expect(say({ code: 'stopped', cause: 'screening' })).toBe(
      'Red flag in the safety questions: assess before any programme.',
    );
    expect(say({ code: 'paused', exerciseName: 'Bridge' })).toBe('Bridge is paused until you resume it.');
    expect(say({ code: 'in_flare', localDate: '2026-03-05' })).toBe('In a flare since 5 Mar 2026.');
  });

  it('says a plateau or worse week is earlier once its rule no longer holds, and cites a PHQ-2 score', () => {
    expect(say({ code: 'week_worse', cause: 'week_worse', localDate: '2026-03-12', earlier: true })).toBe(
      'Worse week earlier (flagged 12 Mar 2026); progress is no longer on hold.',
    );
    expect(say({ code: 'plateau', cause: 'plateau', localDate: '2026-04-12', earlier: true })).toBe(
      'Plateau earlier (flagged 12 Apr 2026); the latest weeks no longer meet the rule.',
    );
    expect(say({ code: 'safety', cause: 'phq2', total: 4, localDate: '2026-03-02' })).toBe(
      'PHQ-2 of 4 (2 Mar 2026): suggest a talk about mood. A screen, not a diagnosis.',
    );
  });
});
