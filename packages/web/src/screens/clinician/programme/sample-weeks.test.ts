import { describe, expect, it } from 'vitest';
import { type PreviewInput, runSample, sessionDays } from './sample-weeks.ts';

const input: PreviewInput = {
  exercises: [{ id: 'walk', name: 'Walking', unit: 'minutes', baseline: [20], perWeek: 7, maxQuota: 60 }],
  presets: ['default'],
  thresholds: {},
  referenceMorningPain: 3,
  pacing: false,
  // The SPEC rules these cases pin; the personal model's preview is checked below.
  dosing: 'classic',
};

describe('the builder preview', () => {
  it('runs the model the programme will run: personal unless said (issue 11)', () => {
    const { dosing: _classic, ...unsaid } = input;
    const personal = runSample(unsaid, 'sore_day', 7);
    expect(personal.decisions.every((d) => d.inputs.dosing === 'personal')).toBe(true);
    const classic = runSample(input, 'sore_day', 7);
    expect(classic.decisions.every((d) => d.inputs.dosing === 'classic')).toBe(true);
  });

  it('spreads the sessions of a week from day 1', () => {
    expect(sessionDays(5)).toEqual([1, 2, 3, 5, 6]);
    expect(sessionDays(3)).toEqual([1, 3, 5]);
    expect(sessionDays(7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('starts at 70% of the baseline and goes up after two calm days', () => {
    const calm = runSample(input, 'calm', 7);
    expect(calm.days[0]?.quotas.walk).toBe(14);
    const actions = calm.decisions.map((d) => `${d.day}:${d.action}:${d.quota}`);
    expect(actions.slice(0, 4)).toEqual(['1:start:14', '2:hold:14', '3:progress:15', '4:hold:15']);
  });

  it('steps back after a sore day', () => {
    const sore = runSample(input, 'sore_day', 7);
    expect(sore.decisions.find((d) => d.action === 'step_back')).toMatchObject({ day: 3, zone: 'RED' });
  });

  it('shows a flare at 60% and the rebuild on good days', () => {
    const flare = runSample(input, 'flare', 7);
    const flareDecision = flare.decisions.find((d) => d.action === 'flare');
    expect(flareDecision?.day).toBe(4);
    expect(flare.decisions.some((d) => d.action === 'rebuild')).toBe(true);
  });

  it('follows the thresholds it is given', () => {
    const slow = runSample({ ...input, thresholds: { startPct: 50 } }, 'calm', 7);
    expect(slow.days[0]?.quotas.walk).toBe(10);
  });
});
