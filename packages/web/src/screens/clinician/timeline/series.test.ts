import { describe, expect, it } from 'vitest';
import type { Decision, Timeline } from '../../../api/record.ts';
import { buildSeries } from './series.ts';

function makeDecision(day: number, quota: number, action: Decision['action'] = 'hold'): Decision {
  return {
    id: day,
    day,
    localDate: '2026-03-01',
    exerciseId: 'walk',
    zone: null,
    action,
    quota,
    previousQuota: quota,
    reason: '',
    reasonCode: 'start',
    reasonParams: {},
    inputs: {},
    eventId: null,
    decidedAt: '2026-03-01T09:00:00Z',
  };
}

const event = (day: number, type: string, fields: Record<string, unknown>) => ({
  id: `${type}-${day}`,
  type,
  localDate: '2026-03-01',
  day,
  exerciseId: type === 'session' ? 'walk' : null,
  fields,
  createdAt: '2026-03-01T09:00:00Z',
});

describe('timeline series', () => {
  const timeline: Timeline = {
    startDate: '2026-03-01',
    events: [event(1, 'session', { peak: 8 }), event(2, 'morning', { pain: 3 }), event(2, 'flare', {})],
    decisions: [makeDecision(1, 14, 'start'), makeDecision(1, 11, 'step_back'), makeDecision(2, 6, 'flare')],
    notices: [
      { id: 1, day: 2, localDate: '2026-03-02', kind: 'flare_started', details: {}, alertKey: null },
      { id: 2, day: 5, localDate: '2026-03-05', kind: 'flare_ended', details: {}, alertKey: null },
    ],
  };

  it('carries the quota in force to the end of each day, through days without decisions', () => {
    const series = buildSeries(timeline, ['walk'], 4);
    expect(series.days).toEqual([1, 2, 3, 4, 5]);
    expect(series.quotas.walk).toEqual([11, 6, 6, 6, 6]);
  });

  it('puts mornings and session peaks on their days, and flares as ranges', () => {
    const series = buildSeries(timeline, ['walk']);
    expect(series.mornings.slice(0, 3)).toEqual([null, 3, null]);
    expect(series.peaks[0]).toBe(8);
    expect(series.flares).toEqual([{ startDay: 2, endDay: 5 }]);
  });
});
