import { describe, expect, it } from 'vitest';
import { type ProgressInput, summariseProgress, weeksOver } from './progress.ts';

function input(overrides: Partial<ProgressInput> = {}): ProgressInput {
  return {
    today: 29,
    exercises: [
      {
        id: 'walk',
        name: 'Walking',
        unit: 'minutes',
        baselineMean: 10,
        startQuota: 7,
        quota: 14,
        perWeek: 5,
      },
    ],
    sessions: [],
    mornings: [],
    flares: [],
    measures: [],
    ...overrides,
  };
}

/** Five sessions a week of `minutes(week)` and a morning pain of `pain(week)` every day, weeks 1..n. */
function weeksOf(n: number, minutes: (week: number) => number, pain: (week: number) => number) {
  const sessions: ProgressInput['sessions'] = [];
  const mornings: ProgressInput['mornings'] = [];
  for (let day = 1; day <= n * 7; day++) {
    const week = Math.floor((day - 1) / 7) + 1;
    if ((day - 1) % 7 < 5) sessions.push({ day, exercise: 'walk', done: minutes(week) });
    mornings.push({ day, pain: pain(week) });
  }
  return { sessions, mornings };
}

describe('summariseProgress', () => {
  it('shows capacity against the start and the baseline for each exercise', () => {
    expect(summariseProgress(input()).capacity).toEqual([
      {
        exercise: 'walk',
        name: 'Walking',
        unit: 'minutes',
        baseline: 10,
        start: 7,
        current: 14,
        changePct: 40,
        sinceStartPct: 100,
      },
    ]);
  });

  it('finds "same pain, more work" when volume rose and pain stayed within a point', () => {
    const summary = summariseProgress(
      input(
        weeksOf(
          4,
          (w) => 7 + w,
          () => 5,
        ),
      ),
    );
    expect(summary.samePainMoreWork).toEqual({ fromWeek: 1, toWeek: 4, minutesChangePct: 38, painChange: 0 });
  });

  it('does not claim it when pain rose by more than a point', () => {
    const summary = summariseProgress(
      input(
        weeksOf(
          4,
          (w) => 7 + w,
          (w) => (w < 4 ? 4 : 6),
        ),
      ),
    );
    expect(summary.samePainMoreWork).toBeNull();
  });

  it('counts consistent weeks at 70% of planned sessions, forgiving a missed day', () => {
    const { sessions, mornings } = weeksOf(
      4,
      () => 10,
      () => 4,
    );
    const missedOne = sessions.filter((s) => s.day !== 8); // 4 of 5 in week 2: 80%
    const missedTwo = missedOne.filter((s) => s.day !== 15 && s.day !== 16); // 3 of 5 in week 3: 60%
    expect(summariseProgress(input({ sessions: missedTwo, mornings })).consistency).toEqual({
      weeksConsistent: 3,
      weeksCounted: 4,
    });
  });

  it('only counts weeks that are over', () => {
    const summary = summariseProgress(
      input({
        today: 10,
        ...weeksOf(
          2,
          () => 10,
          () => 4,
        ),
      }),
    );
    expect(summary.consistency.weeksCounted).toBe(1);
    expect(summary.weeks).toHaveLength(2);
  });

  it('counts a week once it is over: on day 56 seven weeks, on day 57 eight (one count with the PDF)', () => {
    const eight = weeksOf(
      8,
      () => 10,
      () => 4,
    );
    expect(summariseProgress(input({ today: 56, ...eight })).consistency).toEqual({
      weeksConsistent: 7,
      weeksCounted: 7,
    });
    expect(summariseProgress(input({ today: 57, ...eight })).consistency.weeksCounted).toBe(8);
    expect([weeksOver(0), weeksOver(6), weeksOver(7), weeksOver(55), weeksOver(56)]).toEqual([0, 0, 1, 7, 8]);
  });

  it('sees flares getting shorter', () => {
    const flares = [
      { startDay: 3, endDay: 12 },
      { startDay: 30, endDay: 37 },
      { startDay: 60, endDay: 64 },
      { startDay: 80, endDay: null },
    ];
    expect(summariseProgress(input({ flares })).flares).toEqual({ durations: [9, 7, 4], shortening: true });
    expect(summariseProgress(input({ flares: flares.slice(0, 1) })).flares.shortening).toBe(false);
  });

  it('compares PSEQ and PSFS with their meaningful change', () => {
    const measures = [
      { kind: 'pseq' as const, day: 1, score: 20 },
      { kind: 'pseq' as const, day: 43, score: 31 },
      { kind: 'psfs' as const, day: 1, score: 3 },
      { kind: 'psfs' as const, day: 43, score: 4.2 },
    ];
    const { measures: m } = summariseProgress(input({ measures }));
    expect(m.pseq).toEqual({ first: 20, latest: 31, change: 11, meaningful: true });
    expect(m.psfs).toEqual({ first: 3, latest: 4.2, change: 1.2, meaningful: false });
  });

  it('suggests talking to a clinician at PHQ-2 of 3 or more, by the latest answer', () => {
    const phq = (score: number, day: number) => ({ kind: 'phq2' as const, day, score });
    expect(summariseProgress(input({ measures: [phq(1, 1), phq(3, 43)] })).measures.phq2SuggestTalk).toBe(
      true,
    );
    expect(summariseProgress(input({ measures: [phq(4, 1), phq(2, 43)] })).measures.phq2SuggestTalk).toBe(
      false,
    );
  });

  it('says it is too early to judge pain before six weeks, and sees a 30% drop after', () => {
    expect(
      summariseProgress(
        input(
          weeksOf(
            3,
            () => 10,
            () => 5,
          ),
        ),
      ).pain.tooEarlyToTell,
    ).toBe(true);
    const later = summariseProgress(
      input({
        today: 57,
        ...weeksOf(
          8,
          () => 10,
          (w) => (w < 5 ? 6 : 4),
        ),
      }),
    );
    expect(later.pain).toEqual({ firstWeek: 6, lastWeek: 4, meaningfulDrop: true, tooEarlyToTell: false });
  });
});
