import { describe, expect, it } from 'vitest';
import { unmetExpectations } from './expectations.ts';

const output = {
  decisions: [
    { day: 1, exercise: 'walk', zone: null, action: 'start', quota: 7 },
    { day: 3, exercise: 'walk', zone: 'GREEN', action: 'progress', quota: 8 },
  ],
  final: { mode: 'normal', quotas: { walk: 8 }, flags: ['plateau'], flares: [{ startDay: 2, endDay: null }] },
};
const ok = { code: 0, stdout: JSON.stringify(output), stderr: '' };

describe('unmetExpectations', () => {
  it('is empty when every key holds', () => {
    expect(
      unmetExpectations(
        {
          mode: 'normal',
          quota: { walk: [8, 8] },
          actions_include: ['progress'],
          flags_include: ['plateau'],
          flare_count: 1,
        },
        ok,
      ),
    ).toEqual([]);
  });

  it('names each key that misses', () => {
    const why = unmetExpectations(
      {
        mode: 'flare',
        quota: { walk: [9, 10] },
        quota_min_seen: { walk: [1, 2] },
        actions_exclude: ['progress'],
        zones_include: ['RED'],
        flags_exclude: ['plateau'],
        flares_closed: true,
        no_action_between: ['progress', 2, 4],
        max_14day_growth: 1.1,
      },
      ok,
    );
    expect(why).toHaveLength(9);
  });

  it('checks the exit code and stderr words of invalid files', () => {
    const outcome = { code: 2, stdout: '', stderr: 'invalid scenario: exercises: is required\n' };
    expect(unmetExpectations({ exit: 2, stderr_mentions: ['exercises'] }, outcome)).toEqual([]);
    expect(unmetExpectations({ exit: 2, stderr_mentions: ['events'] }, outcome)).toHaveLength(1);
  });
});
