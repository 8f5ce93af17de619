// Synthetic histories for bench:population. A few hundred "lives" of a year each are run through the
// real engine once (templates: adherence from steady to drifting off, sore days, flares, boom days,
// a red flag, an urgent symptom, a paused exercise); every patient then copies one, with ids of their
// own and a start date shifted by up to three weeks, so the caseload has the spread a real one has.
import { type EngineEvent, EVENT_RANK, type ExercisePlan, type Profile, startEngine } from '@steadily/core';
import { outputRows } from '../packages/server/src/services/engine-runner.ts';

export const HISTORY_DAYS = 365;
/** Placeholders a template uses for the ids a patient's copy replaces. */
export const PLACEHOLDER = {
  programme: '00000000-0000-4000-8000-00000000feed',
  patient: '00000000-0000-4000-8000-00000000beef',
  exercises: ['ex-walk', 'ex-other'] as const,
};

export interface TemplateEvent {
  day: number;
  type: string;
  rank: number;
  exercise: string | null;
  payload: string;
}

export interface TemplateDecision {
  day: number;
  eventIndex: number;
  exercise: string;
  zone: string | null;
  action: string;
  quota: number;
  previousQuota: number;
  reason: string;
  reasonCode: string;
  reasonParams: string;
  inputs: string;
  position: number;
  eventRank: number;
}

export interface TemplateNotice {
  day: number;
  eventIndex: number;
  kind: string;
  payload: string;
  alertKey: string | null;
  position: number;
}

export interface Template {
  profile: Profile;
  exercises: (ExercisePlan & { name: string })[];
  events: TemplateEvent[];
  decisions: TemplateDecision[];
  notices: TemplateNotice[];
  snapshot: string;
  view: string;
  mode: string;
  flags: string[];
  lastDay: number;
}

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OTHERS: (ExercisePlan & { name: string })[] = [
  {
    id: PLACEHOLDER.exercises[1],
    name: 'Sit to stand',
    unit: 'reps',
    baseline: [10, 12, 11],
    maxQuota: 30,
    perWeek: 3,
  },
  {
    id: PLACEHOLDER.exercises[1],
    name: 'Calf stretch',
    unit: 'seconds',
    baseline: [40, 45, 35],
    maxQuota: 120,
    perWeek: 5,
  },
];

/** The days of a week (1–7) a plan of `perWeek` sessions is done on. */
function planned(perWeek: number): Set<number> {
  const days = new Set<number>();
  for (let d = 1; d <= 7; d++)
    if (Math.ceil((d * perWeek) / 7) > Math.ceil(((d - 1) * perWeek) / 7)) days.add(d);
  return days;
}

function lifeOf(index: number): {
  profile: Profile;
  exercises: (ExercisePlan & { name: string })[];
  events: EngineEvent[];
} {
  const random = prng(index * 7919 + 17);
  const reference = 2 + Math.floor(random() * 4);
  const walk: ExercisePlan & { name: string } = {
    id: PLACEHOLDER.exercises[0],
    name: 'Walking',
    unit: 'minutes',
    baseline: [12 + Math.floor(random() * 12)],
    maxQuota: 60,
    perWeek: 5,
  };
  const exercises = [walk, OTHERS[index % 2] as ExercisePlan & { name: string }];
  const adherence = [0.95, 0.9, 0.85, 0.75, 0.6][index % 5] as number;
  // One person in six drifts off over the last three weeks (low adherence now).
  const driftFrom = index % 6 === 5 ? HISTORY_DAYS - 21 : HISTORY_DAYS + 1;
  const flareEvery = [0, 90, 45, 30][index % 4] as number;
  const boomy = index % 7 === 0;
  const ending = index % 33;
  const events: EngineEvent[] = [];
  const weeks = exercises.map((e) => planned(e.perWeek ?? 5));
  for (let day = 1; day <= HISTORY_DAYS; day++) {
    if (day > 1 && random() < 0.88) {
      const bad = random() < 0.04 ? 2 : 0;
      const noise = [-1, 0, 0, 0, 1][Math.floor(random() * 5)] as number;
      events.push({ day, type: 'morning', pain: Math.max(0, Math.min(10, reference + noise + bad)) });
    }
    if (flareEvery > 0 && day % flareEvery === flareEvery - 7) events.push({ day, type: 'flare' });
    if (ending === 1 && day === HISTORY_DAYS - 10)
      events.push({ day, type: 'symptom', symptom: 'chest_pain' });
    if (ending === 2 && day === HISTORY_DAYS - 40) {
      events.push({ day, type: 'symptom', symptom: 'sharp_new_pain', exercise: PLACEHOLDER.exercises[0] });
    }
    if (ending === 3 && day === HISTORY_DAYS - 5) {
      events.push({ day, type: 'red_flag', redFlags: ['night_pain'] } as EngineEvent);
    }
    const rate = day >= driftFrom ? 0.15 : adherence;
    for (const [i, exercise] of exercises.entries()) {
      if (!weeks[i]?.has(((day - 1) % 7) + 1) || random() >= rate) continue;
      const sore = random() < 0.05;
      const boom = boomy && i === 0 && random() < 0.08;
      events.push({
        day,
        type: 'session',
        exercise: exercise.id,
        done: boom ? 55 : 'quota',
        peak: sore ? Math.min(10, reference + 4) : reference,
        after: reference,
      });
    }
  }
  events.sort((a, b) => a.day - b.day || EVENT_RANK[a.type] - EVENT_RANK[b.type]);
  return { profile: { referenceMorningPain: reference, exercises }, exercises, events };
}

const eventUuid = (i: number) => `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`;

export function buildTemplate(index: number): Template {
  const life = lifeOf(index);
  const started = startEngine(life.profile);
  const programme = {
    id: PLACEHOLDER.programme,
    patientId: PLACEHOLDER.patient,
    startDate: '2000-01-01',
    profile: life.profile,
  };
  const decisions: TemplateDecision[] = [];
  const notices: TemplateNotice[] = [];
  const collect = (step: Parameters<typeof outputRows>[1], eventIndex: number, rank: number, day: number) => {
    const rows = outputRows(
      programme,
      step,
      { id: eventIndex < 0 ? null : eventUuid(eventIndex), rank, seq: 0 },
      day,
    );
    for (const d of rows.decisions) {
      decisions.push({
        day: d.day,
        eventIndex,
        exercise: d.exercise_id,
        zone: d.zone ?? null,
        action: d.action,
        quota: d.quota,
        previousQuota: d.previous_quota,
        reason: d.reason,
        reasonCode: d.reason_code,
        reasonParams: d.reason_params,
        inputs: d.inputs,
        position: d.position,
        eventRank: rank,
      });
    }
    for (const n of rows.notices) {
      notices.push({
        day: n.day,
        eventIndex,
        kind: n.kind,
        payload: n.payload,
        alertKey: n.alert_key ?? null,
        position: n.position,
      });
    }
  };
  collect(started, -1, -1, 1);
  const events: TemplateEvent[] = [];
  for (const [i, event] of life.events.entries()) {
    const { day, type, ...fields } = event;
    const exercise = 'exercise' in fields && typeof fields.exercise === 'string' ? fields.exercise : null;
    events.push({ day, type, rank: EVENT_RANK[type], exercise, payload: JSON.stringify(fields) });
    collect(started.engine.apply(event), i, EVENT_RANK[type], day);
  }
  const view = started.engine.view();
  return {
    profile: life.profile,
    exercises: life.exercises,
    events,
    decisions,
    notices,
    snapshot: JSON.stringify(started.engine.snapshot()),
    view: JSON.stringify(view),
    mode: view.mode,
    flags: view.flags,
    lastDay: view.lastDay,
  };
}
