import { describe, expect, it } from 'vitest';
import { type Engine, resumeEngine, startEngine } from '../engine.ts';
import type { EngineState } from '../state.ts';
import type { Decision, EngineEvent, Profile } from '../types.ts';

const walk = { id: 'walk', unit: 'minutes' as const, baseline: [10, 10, 10] };
const personal: Profile = { dosing: 'personal', referenceMorningPain: 3, exercises: [walk] };

function run(events: EngineEvent[], profile: Profile = personal): { engine: Engine; decisions: Decision[] } {
  const { engine, decisions } = startEngine(profile);
  const all = [...decisions];
  for (const event of events) all.push(...engine.apply(event).decisions);
  return { engine, decisions: all };
}

/** A morning (from day 2) and a calm session every day from..to; `mornings` overrides some pains. */
function days(from: number, to: number, mornings: Record<number, number> = {}, peak = 3): EngineEvent[] {
  const events: EngineEvent[] = [];
  for (let day = from; day <= to; day++) {
    if (day >= 2) events.push({ day, type: 'morning', pain: mornings[day] ?? 3 });
    events.push({ day, type: 'session', exercise: 'walk', done: 'quota', peak, after: peak });
  }
  return events;
}

describe('personal dosing', () => {
  it('records the model in every decision and shows what it learned', () => {
    const { engine, decisions } = run(days(1, 20));
    expect(decisions.every((d) => d.inputs.dosing === 'personal')).toBe(true);
    const view = engine.view();
    expect(view.dosing).toBe('personal');
    expect(view.rulesVersion).toBe(2);
    expect(view.learned?.mornings).toBeGreaterThan(10);
    expect(view.learned?.noiseSd).toBeLessThan(1); // calm mornings shrink the prior of 1
    expect(view.learned?.exercises.walk?.toleratedQuota).toBeGreaterThan(0);
  });

  it('is null under classic', () => {
    expect(run(days(1, 5), { ...personal, dosing: 'classic' }).engine.view().learned).toBeNull();
  });

  it('holds on a bad morning when the dose has not changed lately, and says why', () => {
    // At maxQuota from early on: by day 40 the dose has not changed for weeks.
    const capped = { ...personal, exercises: [{ ...walk, maxQuota: 8 }] };
    const { decisions } = run(days(1, 40, { 40: 6 }), capped);
    const day40 = decisions.filter((d) => d.day === 40);
    expect(day40.map((d) => d.reasonCode)).toEqual(['hold_noise']);
    const hold = day40[0];
    expect(hold?.action).toBe('hold');
    expect(hold?.reason).toMatch(/goes up and down by about 1 point\. You did the same as last week/);
  });

  it('undoes a recent increase only after a second bad sign, back to the dose before it', () => {
    const calm = run(days(1, 40));
    const firstUp = calm.decisions.find((d) => d.action === 'progress');
    expect(firstUp).toBeDefined();
    const up = firstUp?.day ?? 0;
    const { decisions } = run(days(1, up + 3, { [up + 2]: 6, [up + 3]: 6 }));
    const after = decisions.filter((d) => d.day > up);
    // The first day at the new dose was fine (wait and see); then two bad mornings.
    expect(after.map((d) => d.reasonCode)).toEqual(['hold_settle', 'hold_watch', 'step_back_undo']);
    expect(after[2]?.quota).toBe(firstUp?.previousQuota);
  });

  it('pain above hardCeiling is RED with no progress, whatever the model', () => {
    const { decisions } = run([
      ...days(1, 10),
      { day: 11, type: 'morning', pain: 3 },
      { day: 11, type: 'session', exercise: 'walk', done: 'quota', peak: 9, after: 8 },
    ]);
    const day11 = decisions.filter((d) => d.day === 11 && d.inputs.sessionDay === 11);
    expect(day11).toHaveLength(1);
    expect(day11[0]?.zone).toBe('RED');
    expect(day11[0]?.action).toBe('step_back');
    expect(day11[0]?.quota).toBeLessThan(day11[0]?.previousQuota ?? 0);
  });

  it('holds (RED) without a cut when the day was already painful and the session added little', () => {
    const { decisions } = run([
      ...days(1, 20),
      { day: 21, type: 'morning', pain: 7 },
      { day: 21, type: 'session', exercise: 'walk', done: 'quota', peak: 8, after: 8 },
    ]);
    const red = decisions.find((d) => d.day === 21 && d.inputs.sessionDay === 21);
    expect(red).toMatchObject({ zone: 'RED', action: 'hold', reasonCode: 'hold_red_day' });
  });

  it('grows with time while pain does not respond to load, even when no two days in a row are GREEN', () => {
    // Every other session ends less than planned (AMBER): classic would never progress.
    // First a few weeks of calm days: increases that did not change pain teach the model that.
    const events: EngineEvent[] = days(1, 30);
    for (let day = 31; day <= 70; day++) {
      events.push({ day, type: 'morning', pain: 3 });
      const done = day % 2 === 0 ? 'quota' : 1;
      events.push({ day, type: 'session', exercise: 'walk', done, peak: 3, after: 3 });
    }
    const personalRun = run(events);
    const classicRun = run(events, { ...personal, dosing: 'classic' });
    expect(personalRun.decisions.some((d) => d.reasonCode === 'progress_floor')).toBe(true);
    expect(personalRun.engine.view().quotas.walk).toBeGreaterThan(classicRun.engine.view().quotas.walk ?? 0);
  });

  it('never raises a quota in pacing mode', () => {
    const { decisions } = run(days(1, 60), { ...personal, screening: { pem: true } });
    expect(decisions.filter((d) => d.action === 'progress')).toEqual([]);
  });

  it('a flare keeps a dose above zero', () => {
    const { decisions } = run([...days(1, 10), { day: 11, type: 'flare' }]);
    const flare = decisions.find((d) => d.action === 'flare');
    expect(flare?.quota).toBeGreaterThan(0);
  });

  it('never progresses on missing data: a session without a morning times out to a hold', () => {
    const { decisions } = run([
      { day: 1, type: 'session', exercise: 'walk', done: 'quota', peak: 3, after: 3 },
      { day: 3, type: 'tick' },
    ]);
    expect(decisions.at(-1)).toMatchObject({ action: 'hold', reasonCode: 'hold_timeout' });
  });
});

describe.each(['classic', 'personal'] as const)('safety is the same under %s', (dosing) => {
  const profile: Profile = { ...personal, dosing };

  it('an urgent symptom stops the programme', () => {
    const { engine, decisions } = run(
      [
        ...days(1, 5),
        {
          day: 6,
          type: 'session',
          exercise: 'walk',
          done: 'quota',
          peak: 3,
          after: 3,
          symptom: 'chest_pain',
        },
      ],
      profile,
    );
    expect(decisions.at(-1)).toMatchObject({ action: 'stop', reasonCode: 'stop_symptom' });
    expect(engine.view().mode).toBe('stopped');
  });

  it('a red flag stops the programme', () => {
    const { engine } = run([...days(1, 5), { day: 6, type: 'red_flag', redFlags: ['fever'] }], profile);
    expect(engine.view().mode).toBe('stopped');
  });

  it('a pausing symptom pauses the exercise', () => {
    const { engine, decisions } = run(
      [...days(1, 5), { day: 6, type: 'symptom', symptom: 'joint_locking', exercise: 'walk' }],
      profile,
    );
    expect(decisions.at(-1)).toMatchObject({ action: 'pause' });
    expect(engine.view().paused).toEqual(['walk']);
  });

  it('pain above hardCeiling never progresses that day', () => {
    const { decisions } = run(
      [
        ...days(1, 30),
        { day: 31, type: 'morning', pain: 3 },
        { day: 31, type: 'session', exercise: 'walk', done: 'quota', peak: 9, after: 9 },
        { day: 32, type: 'morning', pain: 3 },
      ],
      profile,
    );
    const day31 = decisions.filter((d) => d.inputs.sessionDay === 31);
    expect(day31).toHaveLength(1);
    expect(day31[0]?.zone).toBe('RED');
    expect(day31[0]?.action).not.toBe('progress');
  });
});

describe('boom–bust in every unit', () => {
  it('sees the booms of a reps-only person under "personal" (load relative to quota), not under classic', () => {
    const reps = { id: 'squat', unit: 'reps' as const, baseline: [10, 10, 10] };
    const events: EngineEvent[] = [];
    for (let day = 1; day <= 24; day++) {
      const bust = day === 11 || day === 19;
      if (day >= 2) events.push({ day, type: 'morning', pain: bust ? 7 : 3 });
      const boom = day === 10 || day === 18;
      events.push({ day, type: 'session', exercise: 'squat', done: boom ? 25 : 'quota', peak: 3, after: 3 });
    }
    const flagged = (dosing: 'classic' | 'personal') => {
      const { engine } = startEngine({ dosing, referenceMorningPain: 3, exercises: [reps] });
      const notices = events.flatMap((e) => engine.apply(e).notices);
      return { booms: notices.filter((n) => n.kind === 'boom').length, flags: engine.view().flags };
    };
    expect(flagged('personal')).toMatchObject({ booms: 2, flags: expect.arrayContaining(['boom_bust']) });
    expect(flagged('classic')).toEqual({ booms: 0, flags: expect.not.arrayContaining(['boom_bust']) });
  });
});

describe('switching the dosing model', () => {
  it('keeps quotas and earlier decisions, and carries on under the new model from that day', () => {
    const before = days(1, 20);
    const classic = run(before, { ...personal, dosing: 'classic' });
    const quota = classic.engine.view().quotas.walk;
    const switched = run([...before, { day: 20, type: 'set_dosing', dosing: 'personal' }], {
      ...personal,
      dosing: 'classic',
    });
    expect(switched.decisions).toEqual(classic.decisions);
    expect(switched.engine.view()).toMatchObject({ dosing: 'personal', quotas: { walk: quota } });
    const next = switched.engine.apply({ day: 21, type: 'morning', pain: 3 }).decisions;
    expect(next.every((d) => d.inputs.dosing === 'personal')).toBe(true);
    switched.engine.apply({ day: 22, type: 'set_dosing', dosing: 'classic' });
    expect(switched.engine.view().learned).toBeNull();
  });

  it('resumes a snapshot made before issue 11 as classic, rules version 1', () => {
    const { engine } = run(days(1, 5), { ...personal, dosing: 'classic' });
    const old = engine.snapshot() as Partial<EngineState>;
    delete old.dosing;
    delete old.rulesVersion;
    const resumed = resumeEngine(old as EngineState);
    expect(resumed.view()).toMatchObject({ dosing: 'classic', rulesVersion: 1, learned: null });
  });

  it('keeps the snapshot small and the same after resume', () => {
    const { engine } = run(days(1, 200));
    const snapshot = JSON.stringify(engine.snapshot());
    expect(snapshot.length).toBeLessThan(8000);
    const resumed = resumeEngine(JSON.parse(snapshot));
    const events = days(201, 230);
    expect(events.flatMap((e) => resumed.apply(e).decisions)).toEqual(
      events.flatMap((e) => engine.apply(e).decisions),
    );
  });
});
