import { describe, expect, it } from 'vitest';
import { decisionsOf, makeMorning, makeSession, run } from './testing/factories.ts';
import type { ScenarioEvent } from './types.ts';

const exercises = [
  { id: 'walk', unit: 'minutes' as const, baseline: [15] },
  { id: 'stretch', unit: 'seconds' as const, baseline: [60] },
];
const crash = (day: number): ScenarioEvent => ({ day, type: 'crash' });

describe('a crash', () => {
  it('steps back, once, every exercise with a session in the 3 days before', () => {
    const events = [makeSession(2), makeSession(1, { exercise: 'stretch' }), makeMorning(2), crash(5)];
    const sorted = [events[1], events[2], events[0], events[3]] as ScenarioEvent[];
    const out = run({ exercises, screening: { pem: true }, events: sorted });
    expect(decisionsOf(out, 'step_back')).toMatchObject([
      { day: 5, exercise: 'walk', zone: 'RED', quota: 7 },
    ]);
    expect(out.final.quotas.stretch).toBe(35);
  });

  it('counts a session exactly 3 days before, not 4', () => {
    const three = run({ events: [makeSession(2), crash(5)] });
    const four = run({ events: [makeSession(1), crash(5)] });
    expect(decisionsOf(three, 'step_back')).toHaveLength(1);
    expect(decisionsOf(four, 'step_back')).toHaveLength(0);
  });

  it('steps back in normal mode too, with a reason about energy', () => {
    const out = run({ events: [makeSession(1), crash(2)] });
    expect(decisionsOf(out, 'step_back')[0]).toMatchObject({ reasonCode: 'step_back_crash', quota: 8 });
  });
});

describe('pacing mode', () => {
  it('uses the mecfs preset: start at 60% and hold on GREEN', () => {
    const out = run({ screening: { pem: true }, events: [makeSession(1), makeMorning(2)] });
    expect(out.decisions).toMatchObject([
      { action: 'start', quota: 9 },
      { action: 'hold', zone: 'GREEN', reasonCode: 'hold_pacing' },
    ]);
  });

  it('steps back a RED day as usual', () => {
    const out = run({ preset: 'mecfs', events: [makeSession(1, { peak: 8 })] });
    expect(decisionsOf(out, 'step_back')).toHaveLength(1);
    expect(out.final.mode).toBe('pacing');
  });
});
