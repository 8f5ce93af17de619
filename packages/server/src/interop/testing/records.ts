// Test data for interop/: small factories, and whole journeys whose decisions come from the real engine so
// the exports are tested on the records people will actually have.
import { type EngineEvent, type Notice, startEngine, type Unit } from '@steadily/core';
import { addDays } from '../../services/local-date.ts';
import type {
  PersonRecord,
  RecordDecision,
  RecordExercise,
  RecordFlare,
  RecordMeasure,
  RecordSession,
} from '../record.ts';

const START_DATE = '2025-03-03'; // a Monday
export const NOW = new Date('2025-05-01T09:30:00Z');

export function makeEmptyRecord(overrides: Partial<PersonRecord> = {}): PersonRecord {
  return {
    patient: {
      id: '0d7c3c8e-1a43-4c1e-9f4b-0a9b1c2d3e4f',
      displayName: null,
      birthYear: null,
      timeZone: 'Europe/London',
    },
    programme: null,
    sessions: [],
    checkIns: [],
    measures: [],
    flares: [],
    decisions: [],
    notes: [],
    ...overrides,
  };
}

function makeExercise(overrides: Partial<RecordExercise> & { id: string }): RecordExercise {
  return {
    name: overrides.id,
    unit: 'minutes',
    step: 1,
    maxQuota: 60,
    modality: 'aerobic',
    perWeek: 5,
    libraryExerciseId: null,
    baseline: 11,
    removedOn: null,
    sets: null,
    loadKg: null,
    restSeconds: null,
    ...overrides,
  };
}

export function makeSession(overrides: Partial<RecordSession> = {}): RecordSession {
  return {
    id: 'a1b2c3d4-0000-4000-8000-000000000001',
    localDate: START_DATE,
    exerciseId: 'walk',
    done: 7,
    peak: 4,
    after: 3,
    before: null,
    effort: null,
    note: null,
    ...overrides,
  };
}

const uuid = (kind: number, n: number) =>
  `00000000-0000-4000-8${kind.toString(16).padStart(3, '0')}-${n.toString(16).padStart(12, '0')}`;

interface JourneyExercise {
  id: string;
  name: string;
  unit: Unit;
  baseline: number[];
  perWeek: number;
  modality: RecordExercise['modality'];
  libraryExerciseId: string;
  /** Weekdays (0 = Monday) it is done on. */
  weekdays: number[];
}

const JOURNEY_EXERCISES: JourneyExercise[] = [
  {
    id: 'walk',
    name: 'Easy walk',
    unit: 'minutes',
    baseline: [10, 12, 11],
    perWeek: 5,
    modality: 'aerobic',
    libraryExerciseId: 'easy-walk',
    weekdays: [0, 1, 2, 3, 4],
  },
  {
    id: 'sts',
    name: 'Sit to stand',
    unit: 'reps',
    baseline: [8, 9, 10],
    perWeek: 3,
    modality: 'strength',
    libraryExerciseId: 'sit-to-stand',
    weekdays: [0, 2, 4],
  },
  {
    id: 'plank',
    name: 'Wall plank',
    unit: 'seconds',
    baseline: [30, 35, 40],
    perWeek: 3,
    modality: 'strength',
    libraryExerciseId: 'wall-plank',
    weekdays: [1, 3, 5],
  },
];

/** Morning pain: 5 at first, easing to about 4 by week 6, with a flare around day 19 (≥ R + 2 twice). */
function morningPain(day: number): number {
  if (day === 19 || day === 20) return 8;
  if (day >= 21 && day <= 24) return 6;
  const eased = 5 - Math.floor(day / 14) * 0.5;
  return Math.max(3, Math.round(eased + (day % 3 === 0 ? 1 : 0)));
}

/**
 * A person followed for `days` days from START_DATE on three exercises: the engine doses them, a flare
 * comes in week 3 (from the mornings), measures at weeks 0 and 6, and one clinician note.
 */
export function makeJourneyRecord(days = 49): PersonRecord {
  const dateOf = (day: number) => addDays(START_DATE, day - 1);
  const { engine, decisions: first } = startEngine({
    referenceMorningPain: 5,
    exercises: JOURNEY_EXERCISES.map((e) => ({
      id: e.id,
      name: e.name,
      unit: e.unit,
      baseline: e.baseline,
      perWeek: e.perWeek,
    })),
  });
  const decisions: RecordDecision[] = [];
  const notices: Notice[] = [];
  const record = (list: typeof first) => {
    for (const d of list)
      decisions.push({
        id: uuid(1, decisions.length + 1),
        localDate: dateOf(d.day),
        exerciseId: d.exercise,
        action: d.action,
        zone: d.zone,
        quota: d.quota,
        previousQuota: d.previousQuota,
        reason: d.reason,
        reasonCode: d.reasonCode,
        reasonParams: d.reasonParams,
        inputs: d.inputs,
        createdAt: `${dateOf(d.day)}T07:${String(decisions.length % 60).padStart(2, '0')}:00.000Z`,
      });
  };
  record(first);
  const sessions: RecordSession[] = [];
  const checkIns: PersonRecord['checkIns'] = [];
  const apply = (event: EngineEvent) => {
    const result = engine.apply(event);
    record(result.decisions);
    notices.push(...result.notices);
  };
  for (let day = 1; day <= days; day++) {
    if (day > 1) {
      const pain = morningPain(day);
      checkIns.push({ id: uuid(2, day), localDate: dateOf(day), pain });
      apply({ day, type: 'morning', pain });
    }
    for (const exercise of JOURNEY_EXERCISES) {
      if (!exercise.weekdays.includes((day - 1) % 7)) continue;
      const quota = engine.view().quotas[exercise.id] ?? 0;
      const session: RecordSession = {
        id: uuid(3, sessions.length + 1),
        localDate: dateOf(day),
        exerciseId: exercise.id,
        done: quota,
        peak: day % 5 === 0 ? 5 : 4,
        after: day % 4 === 0 ? null : 3,
        before: day % 2 === 0 ? 4 : null,
        effort: exercise.modality === 'aerobic' ? 4 + (day % 4) : null,
        note: day === 9 && exercise.id === 'walk' ? 'Walked to the shop, "felt ok", then rested' : null,
      };
      sessions.push(session);
      apply({
        day,
        type: 'session',
        exercise: exercise.id,
        done: quota,
        peak: session.peak,
        ...(session.after === null ? {} : { after: session.after }),
        ...(session.before === null ? {} : { before: session.before }),
      });
    }
  }
  const flares: RecordFlare[] = [];
  for (const n of notices) {
    if (n.kind === 'flare_started') flares.push({ startDate: dateOf(n.day), endDate: null });
    if (n.kind === 'flare_ended') {
      const open = flares.find((f) => f.startDate === dateOf(n.startDay));
      if (open !== undefined) open.endDate = dateOf(n.day);
    }
  }
  const measures: RecordMeasure[] = [
    { id: uuid(4, 1), kind: 'peg', week: 0, localDate: dateOf(1), items: [6, 5, 6], score: 17 / 3 },
    {
      id: uuid(4, 2),
      kind: 'pseq',
      week: 0,
      localDate: dateOf(1),
      items: [3, 2, 3, 2, 3, 2, 3, 2, 3, 2],
      score: 25,
    },
    {
      id: uuid(4, 3),
      kind: 'psfs',
      week: 0,
      localDate: dateOf(1),
      items: [3, 4],
      labels: ['Gardening', 'Carrying shopping'],
      score: 3.5,
    },
    { id: uuid(4, 4), kind: 'phq2', week: 0, localDate: dateOf(1), items: [2, 1], score: 3 },
  ];
  if (days >= 43)
    measures.push(
      { id: uuid(4, 5), kind: 'peg', week: 6, localDate: dateOf(43), items: [5, 4, 4], score: 13 / 3 },
      {
        id: uuid(4, 6),
        kind: 'pseq',
        week: 6,
        localDate: dateOf(43),
        items: [4, 4, 4, 3, 4, 4, 4, 3, 4, 3],
        score: 37,
      },
      {
        id: uuid(4, 7),
        kind: 'psfs',
        week: 6,
        localDate: dateOf(43),
        items: [5, 5],
        labels: ['Gardening', 'Carrying shopping'],
        score: 5,
      },
      { id: uuid(4, 8), kind: 'phq2', week: 6, localDate: dateOf(43), items: [1, 1], score: 2 },
    );
  return {
    patient: {
      id: '5b0f3f8e-7c1d-4e2a-9b3c-1d2e3f4a5b6c',
      displayName: 'Ana García-López',
      birthYear: 1971,
      timeZone: 'Europe/Madrid',
    },
    programme: {
      id: '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      status: 'active',
      startDate: START_DATE,
      endDate: null,
      flarePlan: 'Keep moving gently, use heat, and pace the day.',
      exercises: JOURNEY_EXERCISES.map((e) =>
        makeExercise({
          id: e.id,
          name: e.name,
          unit: e.unit,
          step: e.unit === 'seconds' ? 5 : 1,
          maxQuota: e.unit === 'minutes' ? 60 : e.unit === 'seconds' ? 120 : 30,
          modality: e.modality,
          perWeek: e.perWeek,
          libraryExerciseId: e.libraryExerciseId,
          baseline: e.baseline.reduce((s, v) => s + v, 0) / e.baseline.length,
        }),
      ),
    },
    sessions,
    checkIns,
    measures,
    flares,
    decisions,
    notes: [
      {
        id: uuid(5, 1),
        createdAt: `${dateOf(22)}T14:05:00.000Z`,
        authorName: 'Sam Physio',
        text: 'Well done for keeping going through the flare.',
      },
    ],
  };
}

export const CLINICIAN = {
  id: '7e1d2c3b-4a59-4687-9b0c-1d2e3f405162',
  name: 'Sam Physio',
  role: 'clinician' as const,
};

/**
 * The journey as the server fills it for a clinician-led person: conditions and presets, the care team,
 * the programme built by the clinician, and the week-6 measures entered by the clinician in clinic.
 */
export function makeClinicianLedRecord(days = 49): PersonRecord {
  const record = makeJourneyRecord(days);
  const programme = record.programme;
  return {
    ...record,
    patient: {
      ...record.patient,
      conditions: ['chronic_low_back_pain', 'knee_osteoarthritis', 'widespread_pain', 'other'],
      presets: ['default', 'osteoarthritis', 'fibromyalgia'],
    },
    clinicians: [CLINICIAN],
    programme: programme && { ...programme, createdBy: CLINICIAN },
    measures: record.measures.map((m) => ({
      ...m,
      enteredBy:
        m.week === 6
          ? CLINICIAN
          : { id: record.patient.id, name: record.patient.displayName, role: 'patient' as const },
    })),
  };
}

/** A self-guided person: no clinician, the programme built by the person. */
export function makeSelfGuidedRecord(days = 21): PersonRecord {
  const record = makeJourneyRecord(days);
  const me = { id: record.patient.id, name: record.patient.displayName, role: 'patient' as const };
  return {
    ...record,
    patient: { ...record.patient, conditions: ['fibromyalgia', 'tendinopathy', 'hip_osteoarthritis'] },
    clinicians: [],
    programme: record.programme && { ...record.programme, createdBy: me },
  };
}
