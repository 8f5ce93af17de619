// SPEC's closed vocabularies as tuples for zod (core has them as types; the ids as constants).
import { PAUSING_SYMPTOMS, RED_FLAG_IDS, URGENT_SYMPTOMS } from '@steadily/core';

export const ZONES = ['GREEN', 'AMBER', 'RED'] as const;
export const ACTIONS = [
  'start',
  'progress',
  'hold',
  'step_back',
  'flare',
  'rebuild',
  'pause',
  'stop',
  'set',
] as const;
export const MODES = ['normal', 'flare', 'pacing', 'needs_clearance', 'stopped'] as const;
export const SYMPTOMS = [...URGENT_SYMPTOMS, ...PAUSING_SYMPTOMS] as const;
export { RED_FLAG_IDS };
