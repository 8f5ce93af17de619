// The vocabulary of the exercise library: what a clinician picks from when building a programme.

import type { Unit } from '../types.ts';

export const MODALITIES = ['aerobic', 'strength', 'flexibility', 'balance'] as const;
export type Modality = (typeof MODALITIES)[number];

export const REGIONS = [
  'back',
  'neck',
  'knee',
  'hip',
  'shoulder',
  'whole_body',
  'ankle_foot',
  'elbow',
  'wrist_hand',
  'thoracic',
] as const;
export type Region = (typeof REGIONS)[number];

/** Patient-facing text in every language the app ships. */
export interface LocalizedText {
  en: string;
  es: string;
}

export interface LibraryExercise {
  /** Kebab-case, stable: programmes and illustrations refer to it. */
  id: string;
  name: LocalizedText;
  /** 2–5 short sentences, reading grade ≤ 7, ending with how to make it easier on a bad day. */
  instructions: LocalizedText;
  unit: Unit;
  /** SPEC §3 defaults: minutes 1, seconds 5, reps 1. */
  step: number;
  /** A positive multiple of the step. */
  maxQuota: number;
  modality: Modality;
  region: Region;
  /** Neighbours in a progression, offered when a plateau suggests a change; null at its ends. */
  easierId: string | null;
  harderId: string | null;
  /** Sessions a week a clinician starts from. */
  perWeekDefault: number;
  /** File name of the line drawing served from /exercises/. */
  illustration: string;
}

/**
 * A built-in exercise with its declared difficulty: 1 is the gentlest step of its progression, and each
 * harder step ranks higher (a test holds the links to it), so a plateau's "harder" really is harder.
 */
export interface BuiltInExercise extends LibraryExercise {
  level: number;
}
