import { describe, expect, it } from 'vitest';
import { EngineError, resumeEngine, startEngine } from './engine.ts';
import { calmDays, makeMorning, makeScenario, makeSession, walk } from './testing/factories.ts';
import type { EngineEvent, Profile } from './types.ts';

const profile: Profile = { referenceMorningPain: 3, exercises: [walk] };

function applyAll(events: EngineEvent[], p: Profile = profile) {
  const { engine, decisions } = startEngine(p);
  const all = [...decisions];
  for (const event of events) all.push(...engine.apply(event).decisions);
  return { engine, decisions: all };
}

describe('startEngine', () => {
  it('starts every exercise on day 1 with its starting quota and a reason', () => {
    const { decisions } = startEngine(profile);
    expect(decisions).toMatchObject([{ day: 1, action: 'start', zone: null, quota: 10, exercise: 'walk' }]);
    expect(decisions[0]?.reason).toMatch(/a bit less than you could do/);
  });
});

describe('event order', () => {
  it('refuses an earlier day', () => {
    const { engine } = startEngine(profile);
    engine.apply(makeMorning(3));
    expect(() => engine.apply(makeMorning(2))).toThrow(EngineError);
  });

  it('refuses a morning after a session on the same day', () => {
    const { engine } = startEngine(profile);
    engine.apply(makeSession(2));
    expect(() => engine.apply(makeMorning(2))).toThrow(/out of order/);
  });

  it('refuses a second morning on one day', () => {
    const { engine } = startEngine(profile);
    engine.apply(makeMorning(2));
    expect(() => engine.apply({ day: 2, type: 'morning', pain: 4 })).toThrow(/second morning/);
  });

  it('refuses an unknown exercise', () => {
    const { engine } = startEngine(profile);
    expect(() => engine.apply(makeSession(1, { exercise: 'swim' }))).toThrow(/unknown exercise/);
  });
});

describe('snapshot and resume', () => {
  it('gives the same future decisions after a JSON round trip', () => {
    const events = calmDays(1, 30);
    const straight = applyAll(events).decisions;
    const { engine, decisions } = startEngine(profile);
    const resumedDecisions = [...decisions];
    for (const event of events.slice(0, 25)) resumedDecisions.push(...engine.apply(event).decisions);
    const resumed = resumeEngine(JSON.parse(JSON.stringify(engine.snapshot())));
    for (const event of events.slice(25)) resumedDecisions.push(...resumed.apply(event).decisions);
    expect(resumedDecisions).toEqual(straight);
  });

  it('keeps the state bounded: a year of history is no bigger than a month', () => {
    const month = applyAll(calmDays(1, 30)).engine.snapshot();
    const year = applyAll(calmDays(1, 365)).engine.snapshot();
    expect(JSON.stringify(year).length).toBeLessThanOrEqual(JSON.stringify(month).length * 1.2);
  });
});

describe('server events', () => {
  it('a tick lets waiting sessions time out without any log', () => {
    const { decisions } = applyAll([makeSession(1), { day: 3, type: 'tick' }]);
    expect(decisions.at(-1)).toMatchObject({ day: 3, action: 'hold', reasonCode: 'hold_timeout' });
  });

  it('a red flag reported later stops the programme and only a clinician resumes it', () => {
    const { engine, decisions } = applyAll([
      { day: 2, type: 'red_flag', redFlags: ['night_pain'] },
      makeSession(3, { peak: 9 }),
      { day: 4, type: 'resume' },
    ]);
    expect(decisions.map((d) => [d.day, d.action, d.reasonCode])).toEqual([
      [1, 'start', 'start'],
      [2, 'stop', 'stop_red_flag'],
      [4, 'start', 'resume'],
    ]);
    expect(engine.view()).toMatchObject({ mode: 'normal', flags: ['red_flag'] });
  });

  it('a dose set on the day of a red flag (sorted after the stop) never resurrects a stopped plan', () => {
    const { engine, decisions } = applyAll([
      { day: 2, type: 'red_flag', redFlags: ['night_pain'] },
      { day: 2, type: 'set_quota', exercise: 'walk', quota: 40 },
      { day: 3, type: 'set_quota', exercise: 'walk', quota: 30 },
    ]);
    expect(decisions.map((d) => [d.day, d.action, d.quota])).toEqual([
      [1, 'start', 10],
      [2, 'stop', 10],
    ]);
    expect(engine.view()).toMatchObject({ mode: 'stopped', quotas: { walk: 10 } });
    // Only a resume starts it again, at the dose it had.
    const resumed = engine.apply({ day: 4, type: 'resume' }).decisions;
    expect(resumed).toMatchObject([{ action: 'start', quota: 10, reasonCode: 'resume' }]);
  });

  it('a stop names possible cauda equina before other red flags (its message says emergency care now)', () => {
    const { decisions } = applyAll([{ day: 2, type: 'red_flag', redFlags: ['fever', 'saddle_numbness'] }]);
    expect(decisions.at(-1)).toMatchObject({ action: 'stop', reasonParams: { symptom: 'saddle_numbness' } });
    expect(decisions.at(-1)?.reason).toMatch(/Go to an emergency department now/);
  });

  it('a clinician resumes one paused exercise', () => {
    const { engine } = applyAll([
      makeSession(1, { symptom: 'sharp_new_pain' }),
      { day: 3, type: 'resume', exercise: 'walk' },
    ]);
    expect(engine.view().paused).toEqual([]);
  });

  it('a clinician sets a quota, rounded down to the step and within maxQuota', () => {
    const { decisions } = applyAll([{ day: 2, type: 'set_quota', exercise: 'walk', quota: 12.7 }]);
    expect(decisions.at(-1)).toMatchObject({ action: 'set', quota: 12, reasonCode: 'set_by_clinician' });
  });

  it('a quota set during a flare becomes the quota to rebuild to', () => {
    const { engine } = applyAll([
      { day: 1, type: 'flare' },
      { day: 2, type: 'set_quota', exercise: 'walk', quota: 20 },
    ]);
    expect(engine.view().quotas.walk).toBe(12);
  });

  it('new thresholds apply from then on', () => {
    const { decisions } = applyAll([
      { day: 1, type: 'set_thresholds', thresholds: { ceiling: 7, rise: 0 } },
      makeSession(2, { peak: 6 }),
      makeMorning(3),
    ]);
    expect(decisions.at(-1)).toMatchObject({ action: 'hold', zone: 'GREEN' });
  });

  it('an added exercise starts at its starting quota; a removed one leaves the plan', () => {
    const squat = { id: 'squat', unit: 'reps' as const, baseline: [10] };
    const { engine, decisions } = applyAll([
      { day: 5, type: 'add_exercise', exercise: squat },
      { day: 6, type: 'remove_exercise', exercise: 'walk' },
    ]);
    expect(decisions.at(-1)).toMatchObject({ day: 5, exercise: 'squat', action: 'start', quota: 7 });
    expect(engine.view().quotas).toEqual({ squat: 7 });
  });
});

describe('view', () => {
  it('reports mode by precedence', () => {
    const clearance = makeScenario().exercises;
    const { engine } = startEngine({
      referenceMorningPain: 3,
      exercises: clearance,
      screening: { pem: true, clearance: [true, false, false, false, false, false, false] },
    });
    expect(engine.view().mode).toBe('needs_clearance');
    engine.apply({ day: 1, type: 'clearance' });
    expect(engine.view().mode).toBe('pacing');
    engine.apply({ day: 2, type: 'flare' });
    expect(engine.view()).toMatchObject({
      mode: 'flare',
      flareFactor: 0.6,
      openFlare: { startDay: 2 },
      quotas: { walk: 5 },
      quotasBeforeFlare: { walk: 9 },
    });
  });
});

describe('changes during a programme', () => {
  it('takes onboarding mornings before day 1 into R', () => {
    const { decisions } = applyAll([
      { day: -2, type: 'morning', pain: 6 },
      { day: -1, type: 'morning', pain: 6 },
      { day: 0, type: 'morning', pain: 6 },
      makeSession(1, { peak: 7 }),
    ]);
    // R = 6, so the limit is 7 and a peak of 7 is AMBER, not RED
    expect(decisions.map((d) => d.action)).toEqual(['start']);
  });

  it('refuses anything but a morning before day 1', () => {
    const { engine } = startEngine(profile);
    expect(() => engine.apply({ day: 0, type: 'flare' })).toThrow(/only morning check-ins/);
  });

  it('a new PEM answer switches to pacing and the mecfs preset', () => {
    const { engine, decisions } = applyAll([
      { day: 1, type: 'set_presets', presets: ['default'], pem: true },
      ...calmDays(2, 5),
    ]);
    expect(engine.view().mode).toBe('pacing');
    expect(decisions.filter((d) => d.action === 'progress')).toEqual([]);
  });

  it('new presets keep the clinician’s overrides', () => {
    const { engine } = applyAll([
      { day: 1, type: 'set_thresholds', thresholds: { ceiling: 4 } },
      { day: 2, type: 'set_presets', presets: ['tendinopathy'] },
    ]);
    expect(engine.snapshot().thresholds).toMatchObject({ ceiling: 4, rise: 0, hardCeiling: 5 });
  });

  it('a clinician can end a flare: back to the pre-flare quota, flare closed', () => {
    const { engine, decisions } = applyAll([
      { day: 2, type: 'flare' },
      { day: 4, type: 'end_flare' },
    ]);
    expect(decisions.at(-1)).toMatchObject({
      day: 4,
      action: 'rebuild',
      quota: 10,
      reasonCode: 'flare_ended_by_clinician',
    });
    expect(engine.view().mode).toBe('normal');
  });

  it('tells which days still wait for a morning', () => {
    const { engine } = applyAll([makeSession(1), makeMorning(2), makeSession(2)]);
    expect(engine.view().waitingDays).toEqual([2]);
  });
});
