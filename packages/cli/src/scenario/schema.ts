// The scenario file of SPEC §14, as a zod schema: strict objects (no unknown keys in the input),
// every range of the contract, and the cross-field rules checked in validate.ts.
import { PAUSING_SYMPTOMS, PRESET_IDS, RED_FLAG_IDS, URGENT_SYMPTOMS } from '@steadily/core';
import { z } from 'zod';

const pain = z
  .number()
  .int('must be a whole number from 0 to 10')
  .min(0, 'must be from 0 to 10')
  .max(10, 'must be from 0 to 10');
const day = z.number().int('must be a whole number ≥ 1').min(1, 'must be a whole number ≥ 1');
const positive = z.number().positive('must be a number > 0');
const symptom = z.enum([...URGENT_SYMPTOMS, ...PAUSING_SYMPTOMS]);
const presetId = z.enum(PRESET_IDS as [string, ...string[]]);

const exercise = z.strictObject({
  id: z.string().min(1, 'must be a non-empty text'),
  unit: z.enum(['minutes', 'seconds', 'reps']),
  baseline: z.array(positive).min(1, 'needs 1 to 3 numbers').max(3, 'needs 1 to 3 numbers'),
  step: positive.optional(),
  maxQuota: positive.optional(),
  perWeek: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(28, 'must be at most 28')
    .optional(),
  name: z.string().optional(),
});

const thresholds = z.strictObject({
  ceiling: z.number().min(0).max(10).optional(),
  rise: z.number().min(0).max(10).optional(),
  hardCeiling: z.number().min(0).max(10).optional(),
  startPct: z.number().gt(0).max(100).optional(),
  progressPct: z.number().min(0).max(100).optional(),
  greensToProgress: z.number().int().min(1).optional(),
  stepBack: z.number().gt(0).lt(1).optional(),
  capFactor: z.number().min(1).optional(),
  capDays: z.number().int().min(0).optional(),
  amberBelowPct: z.number().min(0).max(100).optional(),
  amberAbovePct: z.number().min(100).optional(),
  flareFactors: z.array(z.number().gt(0).max(1)).min(1, 'needs at least one factor').optional(),
  // The personal model's own numbers (docs/dosing.md).
  noisePrior: z.number().gt(0).max(10).optional(),
  noiseBand: z.number().gt(0).max(10).optional(),
  responsePrior: z.number().min(0).max(10).optional(),
  responseFlat: z.number().min(0).max(10).optional(),
  changeDays: z.number().int().min(1).max(60).optional(),
  floorDays: z.number().int().min(1).max(60).optional(),
});

const screening = z.strictObject({
  clearance: z.array(z.boolean()).length(7, 'needs exactly 7 answers (true or false)').optional(),
  redFlags: z.array(z.enum(RED_FLAG_IDS)).optional(),
  pem: z.boolean().optional(),
});

const event = z.discriminatedUnion('type', [
  z.strictObject({ day, type: z.literal('morning'), pain }),
  z.strictObject({ day, type: z.literal('clearance') }),
  z.strictObject({ day, type: z.literal('flare') }),
  z.strictObject({ day, type: z.literal('crash') }),
  z.strictObject({ day, type: z.literal('symptom'), symptom, exercise: z.string().optional() }),
  z.strictObject({
    day,
    type: z.literal('session'),
    exercise: z.string(),
    done: z.union([z.number().min(0, 'must be a number ≥ 0'), z.literal('quota')]),
    peak: pain,
    after: pain,
    before: pain.optional(),
    effort: pain.optional(),
    note: z.string().optional(),
    symptom: symptom.optional(),
  }),
]);

export const scenarioSchema = z.strictObject({
  name: z.string().optional(),
  preset: z.union([presetId, z.array(presetId).min(1, 'needs at least one preset')]).optional(),
  dosing: z.enum(['classic', 'personal']).optional(),
  thresholds: thresholds.optional(),
  screening: screening.optional(),
  referenceMorningPain: z.number().min(0, 'must be from 0 to 10').max(10, 'must be from 0 to 10'),
  exercises: z.array(exercise).min(1, 'needs at least one exercise'),
  events: z.array(event),
});

export type ScenarioInput = z.infer<typeof scenarioSchema>;
