import { describe, expect, it } from 'vitest';
import type { Measure } from '../../api/measures.ts';
import type { MyRecord } from '../../api/my-record.ts';
import type { Programme, ProgrammeExercise } from '../../api/programme.ts';
import { type Facts, measureWeekDue, nextTrial, onboardingProgress } from './steps.ts';

function makeRecord(overrides: Partial<MyRecord> = {}): MyRecord {
  return {
    id: 'p1',
    selfGuided: true,
    conditions: [],
    presets: ['default'],
    referenceMorningPain: null,
    screeningStatus: 'clear',
    pacing: false,
    clearance: null,
    mode: null,
    programme: { active: null, activeStartDate: null, draft: null },
    ...overrides,
  };
}

function makeMeasure(instrument: Measure['instrument'], week = 0): Measure {
  return {
    id: `${instrument}-${week}`,
    instrument,
    week,
    localDate: '2026-03-02',
    items: [],
    total: 0,
    suggestTalkingToClinician: false,
  };
}

function makeExercise(id: string, baseline: number[]): ProgrammeExercise {
  return {
    id,
    position: 0,
    name: id,
    instructions: '',
    unit: 'minutes',
    step: 1,
    maxQuota: 60,
    perWeek: 5,
    libraryExerciseId: null,
    baseline,
    removed: false,
  };
}

function makeProgramme(exercises: ProgrammeExercise[], status: Programme['status'] = 'draft'): Programme {
  return {
    id: 'prog',
    status,
    startDate: null,
    flarePlan: null,
    createdAt: '2026-01-05T09:00:00Z',
    exercises,
  };
}

const ALL_MEASURES = ['PSFS', 'PEG', 'PSEQ', 'PHQ2'].map((i) => makeMeasure(i as Measure['instrument']));

describe('getting to know you', () => {
  it('starts with the conditions for a new person', () => {
    const facts: Facts = { record: makeRecord(), measures: [], programme: null };
    expect(onboardingProgress(facts).next).toBe('conditions');
  });

  it('goes on where the person stopped: after goals and PEG comes PSEQ', () => {
    const facts: Facts = {
      record: makeRecord({ conditions: ['fibromyalgia'] }),
      measures: [makeMeasure('PSFS'), makeMeasure('PEG')],
      programme: null,
    };
    expect(onboardingProgress(facts)).toMatchObject({ next: 'pseq', done: ['conditions', 'goals', 'peg'] });
  });

  it('asks for baseline tries until every exercise has three, then the start', () => {
    const base = {
      record: makeRecord({ conditions: ['other'], referenceMorningPain: 3 }),
      measures: ALL_MEASURES,
    };
    const twoTries = makeProgramme([makeExercise('walk', [10, 11]), makeExercise('bridge', [8, 8, 9])]);
    expect(onboardingProgress({ ...base, programme: twoTries }).next).toBe('baseline');
    const ready = makeProgramme([makeExercise('walk', [10, 11, 12]), makeExercise('bridge', [8, 8, 9])]);
    expect(onboardingProgress({ ...base, programme: ready }).next).toBe('start');
    const started = makeProgramme(ready.exercises, 'active');
    expect(onboardingProgress({ ...base, programme: started }).next).toBeNull();
  });

  it('does the tries in rounds: every first try, then every second try', () => {
    const programme = makeProgramme([makeExercise('walk', [10]), makeExercise('bridge', [])]);
    expect(nextTrial(programme)).toMatchObject({ exercise: { id: 'bridge' }, occasion: 1 });
    const round2 = makeProgramme([makeExercise('walk', [10]), makeExercise('bridge', [8])]);
    expect(nextTrial(round2)).toMatchObject({ exercise: { id: 'walk' }, occasion: 2 });
  });

  it('offers the week 6 and week 12 check-ins once they are due and until they are done', () => {
    expect(measureWeekDue(42, ALL_MEASURES)).toBeNull();
    expect(measureWeekDue(43, ALL_MEASURES)).toBe(6);
    const week6 = ['PSFS', 'PEG', 'PSEQ', 'PHQ2'].map((i) => makeMeasure(i as Measure['instrument'], 6));
    expect(measureWeekDue(60, [...ALL_MEASURES, ...week6])).toBeNull();
    expect(measureWeekDue(85, [...ALL_MEASURES, ...week6])).toBe(12);
  });
});
