import { describe, expect, it } from 'vitest';
import type { TodayExercise } from '../../api/today.ts';
import { reasonShown } from './reason-shown.ts';

const progress = {
  action: 'progress',
  zone: 'GREEN',
  reason: 'Walking goes up from 8 to 9 minutes.',
  reasonCode: 'progress',
  reasonParams: {},
  day: 5,
} as unknown as NonNullable<TodayExercise['change']>;
const hold = { ...progress, action: 'hold', reasonCode: 'hold_noise', day: 8 } as typeof progress;

const exercise = (change: TodayExercise['change'], lastDecision: TodayExercise['change']) =>
  ({
    id: 'walk',
    name: 'Walking',
    unit: 'minutes',
    quota: 9,
    paused: false,
    doneToday: 0,
    change,
    lastDecision,
  }) as TodayExercise;

describe('the reason Today shows', () => {
  it('under the personal model: the latest decision, a hold included, so the person reads what it saw', () => {
    expect(reasonShown(exercise(progress, hold), true)).toBe(hold);
    expect(reasonShown(exercise(null, hold), true)).toBe(hold);
  });
  it('under classic: the last change of dose, as before', () => {
    expect(reasonShown(exercise(progress, hold), false)).toBe(progress);
  });
  it('an older latest decision never hides a newer change', () => {
    expect(reasonShown(exercise(hold, { ...progress, day: 2 }), true)).toBe(hold);
    expect(reasonShown(exercise(progress, undefined as never), true)).toBe(progress);
  });
});
