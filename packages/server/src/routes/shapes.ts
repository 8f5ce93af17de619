// Response shapes shared by several routes (decisions, events, notices, programmes). Request schemas
// stay beside their route.

import { z } from 'zod';
import { ACTIONS, MODES, ZONES } from './vocabulary.ts';

const Json = z.record(z.string(), z.unknown());

export const DecisionShape = z.object({
  id: z.number(),
  day: z.int(),
  localDate: z.string(),
  exerciseId: z.string(),
  zone: z.enum(ZONES).nullable(),
  action: z.enum(ACTIONS),
  quota: z.number(),
  previousQuota: z.number(),
  reason: z.string(),
  reasonCode: z.string(),
  reasonParams: z.record(z.string(), z.union([z.string(), z.number()])),
  inputs: Json,
  eventId: z.string().nullable(),
  decidedAt: z.string(),
});

export const EventShape = z.object({
  id: z.string(),
  type: z.string(),
  localDate: z.string(),
  day: z.int().nullable().describe('Programme day (1 = first day); null before the programme started'),
  exerciseId: z.string().nullable(),
  fields: Json,
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const NoticeShape = z.object({
  id: z.number(),
  day: z.int(),
  localDate: z.string(),
  kind: z.string(),
  details: Json,
  alertKey: z.string().nullable(),
});

/** What every logged event answers: the event, the decisions it caused, and any replay. */
export const EventOutcome = z.object({
  event: EventShape,
  decisions: z.array(DecisionShape),
  replayedFromDay: z.int().nullable(),
});

export const ChangeOutcome = z.object({
  decisions: z.array(DecisionShape),
  replayedFromDay: z.int().nullable(),
});

export const SessionShape = z.object({
  id: z.string(),
  localDate: z.string(),
  day: z.int().nullable(),
  exerciseId: z.string(),
  done: z.union([z.number(), z.literal('quota')]),
  peak: z.int(),
  after: z.int().nullable(),
  before: z.int().nullable(),
  effort: z.int().nullable(),
  note: z.string().nullable(),
  symptom: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const ExerciseShape = z.object({
  id: z.string(),
  position: z.int(),
  name: z.string(),
  instructions: z.string(),
  unit: z.enum(['minutes', 'seconds', 'reps']),
  step: z.number(),
  maxQuota: z.number().nullable(),
  perWeek: z.int(),
  libraryExerciseId: z.string().nullable(),
  baseline: z.array(z.number()),
  removed: z.boolean(),
  sets: z.int().nullable().describe('Sets the quota is split into, as evenly as possible (reps, holds)'),
  loadKg: z.number().nullable(),
  restSeconds: z.int().nullable().describe('Rest between sets'),
});

export const ProgrammeShape = z.object({
  id: z.string(),
  status: z.enum(['draft', 'active', 'ended']),
  startDate: z.string().nullable(),
  flarePlan: z.string().nullable(),
  createdAt: z.string(),
  exercises: z.array(ExerciseShape),
});

export const PatientSummaryShape = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string(),
  mode: z.enum(MODES).nullable(),
  flags: z.array(z.string()),
  riskRank: z.int(),
  screeningStatus: z.string().nullable(),
});

/** What the personal model has learned about one exercise (issue 11, docs/dosing.md). */
const LearnedResponseShape = z.object({
  exercise: z.string(),
  responsePer10Pct: z
    .number()
    .describe('Pain rise (points) for each 10 % of load above what was recently tolerated'),
  responseLow: z.number(),
  responseHigh: z.number(),
  observations: z.int(),
  toleratedQuota: z.number(),
});

/** The dosing model a programme runs, since when, and what it has learned (null under "classic"). */
export const DosingShape = z.object({
  model: z.enum(['classic', 'personal']),
  rulesVersion: z.int(),
  since: z
    .object({ localDate: z.string(), day: z.int() })
    .nullable()
    .describe('The latest set_dosing event; null when the model is the one the programme started with'),
  learned: z
    .object({
      noiseSd: z.number().describe('Day-to-day spread of morning pain (points) the model estimates'),
      noiseLow: z.number(),
      noiseHigh: z.number(),
      mornings: z.int(),
      exercises: z.record(z.string(), LearnedResponseShape),
    })
    .nullable(),
});
