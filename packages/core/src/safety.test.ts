import { describe, expect, it } from 'vitest';
import { calmDays, decisionsOf, makeMorning, makeSession, run } from './testing/factories.ts';
import type { ScenarioEvent } from './types.ts';

const twoExercises = [
  { id: 'walk', unit: 'minutes' as const, baseline: [15] },
  { id: 'squat', unit: 'reps' as const, baseline: [10] },
];

describe('urgent symptoms', () => {
  it('stop everything at once, with no step back first', () => {
    const out = run({
      exercises: twoExercises,
      events: [makeSession(1, { peak: 9, symptom: 'chest_pain' })],
    });
    expect(out.decisions.slice(2)).toMatchObject([
      { action: 'stop', zone: 'RED', exercise: 'walk', quota: 10 },
      { action: 'stop', zone: 'RED', exercise: 'squat', quota: 7 },
    ]);
    expect(out.final).toMatchObject({ mode: 'stopped', flags: ['safety_stop'] });
    expect(out.decisions.at(-1)?.reason).toMatch(/urgent medical help/);
  });

  it('drop waiting sessions and run no rule afterwards', () => {
    const events: ScenarioEvent[] = [
      makeSession(1),
      { day: 2, type: 'symptom', symptom: 'fainting' },
      makeMorning(3, 9),
      { day: 4, type: 'flare' },
      makeSession(4, { peak: 9 }),
    ];
    const out = run({ events });
    expect(out.decisions.map((d) => [d.day, d.action])).toEqual([
      [1, 'start'],
      [2, 'stop'],
    ]);
    expect(out.final.flares).toEqual([]);
  });

  it('leave an open flare open and raise no later flag', () => {
    const events: ScenarioEvent[] = [
      { day: 1, type: 'flare' },
      { day: 2, type: 'symptom', symptom: 'palpitations' },
      makeMorning(20),
    ];
    const out = run({ events });
    expect(out.final.flares).toEqual([{ startDay: 1, endDay: null }]);
    expect(out.final.flags).toEqual(['safety_stop']);
  });

  it('stop a programme still waiting for clearance, without decisions', () => {
    const screening = { clearance: [true, false, false, false, false, false, false] };
    const out = run({ screening, events: [{ day: 1, type: 'symptom', symptom: 'breathlessness' }] });
    expect(out.decisions).toEqual([]);
    expect(out.final).toMatchObject({ mode: 'stopped', flags: ['safety_stop'] });
  });
});

describe('pausing symptoms', () => {
  it('pause one exercise; it takes no further decisions while the others go on', () => {
    const events: ScenarioEvent[] = [
      makeSession(1, { symptom: 'joint_locking' }),
      makeSession(1, { exercise: 'squat' }),
      ...calmDays(2, 3).flatMap((e): ScenarioEvent[] =>
        e.type === 'session' ? [e, { ...e, exercise: 'squat' }] : [e],
      ),
      makeMorning(4),
    ];
    const out = run({ exercises: twoExercises, events });
    expect(out.decisions.filter((d) => d.exercise === 'walk').map((d) => d.action)).toEqual([
      'start',
      'pause',
    ]);
    expect(decisionsOf(out, 'progress').map((d) => d.exercise)).toEqual(['squat']);
    expect(decisionsOf(out, 'pause')[0]).toMatchObject({ zone: 'RED', quota: 10 });
  });

  it('as a standalone event, pause the named exercise', () => {
    const out = run({ events: [{ day: 2, type: 'symptom', symptom: 'sharp_new_pain', exercise: 'walk' }] });
    expect(out.decisions.at(-1)).toMatchObject({ day: 2, action: 'pause', exercise: 'walk' });
    expect(out.final.mode).toBe('normal');
  });

  it('leave a paused exercise out of a flare', () => {
    const events: ScenarioEvent[] = [
      makeSession(1, { symptom: 'numbness_weakness' }),
      { day: 2, type: 'flare' },
    ];
    const out = run({ exercises: twoExercises, events });
    expect(decisionsOf(out, 'flare').map((d) => d.exercise)).toEqual(['squat']);
    expect(out.final.quotas.walk).toBe(10);
  });
});

describe('red flags and clearance at screening', () => {
  it('a red flag stops the programme before it starts: no decisions, starting quotas listed', () => {
    const out = run({ screening: { redFlags: ['bladder_bowel'] }, events: calmDays(1, 5) });
    expect(out.decisions).toEqual([]);
    expect(out.final).toMatchObject({ mode: 'stopped', flags: ['red_flag'], quotas: { walk: 10 } });
  });

  it('needs_clearance ignores sessions until clearance, then starts that day', () => {
    const screening = { clearance: [false, false, false, false, false, false, true] };
    const out = run({ screening, events: [...calmDays(1, 2), { day: 3, type: 'clearance' }] });
    expect(out.decisions).toMatchObject([
      { day: 3, action: 'start', reasonCode: 'start_after_clearance', quota: 10 },
    ]);
    expect(out.final.mode).toBe('normal');
  });

  it('mornings recorded before clearance feed the reference later', () => {
    const screening = { clearance: [true, false, false, false, false, false, false] };
    const events: ScenarioEvent[] = [
      makeMorning(1, 6),
      makeMorning(2, 6),
      makeMorning(3, 6),
      { day: 3, type: 'clearance' },
      makeSession(4, { peak: 7 }),
    ];
    // R of day 4 = 6 (not the onboarding 3): limit = min(7, max(5, 6 + 2)) = 7, so a peak of 7 is AMBER, not RED
    const out = run({ screening, events });
    expect(decisionsOf(out, 'step_back')).toEqual([]);
  });

  it('a red flag with clearance pending stays stopped after clearance', () => {
    const screening = {
      clearance: [true, false, false, false, false, false, false],
      redFlags: ['fever' as const],
    };
    const out = run({ screening, events: [{ day: 2, type: 'clearance' }] });
    expect(out.final.mode).toBe('stopped');
    expect(out.decisions).toEqual([]);
  });
});
