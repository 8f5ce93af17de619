// The risk tiers a clinician's caseload sorts by (SPEC §12), most urgent first: a stopped programme
// and red flags, then safety symptoms, a long flare, frequent flares, boom–bust, plateau, a worse
// week, low adherence; then people in a flare, waiting for clearance, not started, steady.

export const TIERS = [
  'stopped',
  'red_flag',
  'safety',
  'flare_prolonged',
  'flares_frequent',
  'boom_bust',
  'plateau',
  'week_worse',
  'low_adherence',
  'in_flare',
  'needs_clearance',
  'not_started',
  'steady',
] as const;
export type Tier = (typeof TIERS)[number];

/** Tiers a clinician should look at (the rest is information). */
export const ATTENTION_TIERS: readonly Tier[] = TIERS.slice(0, TIERS.indexOf('in_flare'));

/**
 * Why a person is in a tier, as a caseload shows it: the tier (or a paused exercise), what caused it,
 * which exercise, since when, and for low adherence the sessions against the plan over the last days.
 */
export interface TierReason {
  code: Tier | 'paused';
  cause?: string;
  localDate?: string;
  exerciseId?: string;
  exerciseName?: string;
  alertKey?: string;
  sessions?: number;
  planned?: number;
  days?: number;
  /** The rule that raised it no longer holds: it shows until acknowledged, as something that happened earlier. */
  earlier?: boolean;
  /** A score the reason cites (a PHQ-2 total). */
  total?: number;
}
