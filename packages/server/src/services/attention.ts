// Where a person sorts in a clinician's caseload, and why (SPEC §12, issue 6), in the order of core's
// risk tiers. Alerts a clinician has acknowledged no longer rank; a stop or a paused exercise ranks
// until resumed.
import { PAUSING_SYMPTOMS, RED_FLAG_IDS, TIERS, type Tier, URGENT_SYMPTOMS } from '@steadily/core';

/** SPEC §10 counts a week as consistent at ≥ 70% of the planned sessions; below it over two weeks is low. */
export const ADHERENCE_LOW_BELOW = 0.7;
export const ADHERENCE_WINDOW_DAYS = 14;
/** Fewer days of programme than this and adherence is not judged yet. */
export const ADHERENCE_MIN_DAYS = 7;

/** What the caseload query reads for each person (one compact row each). */
export interface CaseloadFacts {
  mode: string | null;
  screeningStatus: string | null;
  cleared: boolean;
  hasProgramme: boolean;
  /** Whole days from the programme's start date to the person's today (0 on the first day). */
  daysRunning: number | null;
  paused: string[];
  openFlareStartDay: number | null;
  /** Keys of the active programme's alerts nobody has acknowledged. */
  openAlertKeys: string[];
  /** A worse week was noted in the last 8 days (the week rule holds progress for that long). */
  weekWorseRecent: boolean;
  /** Sessions logged on the 14 days before today. */
  sessions: number;
  perWeek: number;
  /** A PHQ-2 of 3 or more nobody has acknowledged (SPEC §3; ranks with the safety tier, issue 12). */
  phq2Alert?: boolean;
}

export interface Adherence {
  sessions: number;
  planned: number;
  days: number;
}

export interface Attention {
  tier: Tier;
  /** Every tier that applies, most urgent first. */
  tiers: Tier[];
  adherence: Adherence | null;
}

const RED_FLAGS = new Set<string>(RED_FLAG_IDS);
const SAFETY = new Set<string>([...URGENT_SYMPTOMS, ...PAUSING_SYMPTOMS, 'safety_stop', 'phq2']);
const FLAG_TIERS = new Set<string>([
  'flare_prolonged',
  'flares_frequent',
  'boom_bust',
  'plateau',
  'week_worse',
]);

/** The cause an alert key names: `flag:<flag>` or `alert:<cause>:<day>:<exercise>`. */
export function alertCause(key: string): string {
  const [kind, cause] = key.split(':');
  return (kind === 'flag' || kind === 'alert') && cause !== undefined ? cause : key;
}

/** The tier an open alert puts a person in, or null for an alert that does not rank. */
export function tierOfCause(cause: string): Tier | null {
  if (cause === 'red_flag' || RED_FLAGS.has(cause)) return 'red_flag';
  if (SAFETY.has(cause)) return 'safety';
  if (FLAG_TIERS.has(cause)) return cause as Tier;
  return null;
}

export function adherenceOf(facts: CaseloadFacts): Adherence | null {
  if (!facts.hasProgramme || facts.daysRunning === null || facts.perWeek <= 0) return null;
  if (facts.mode === 'stopped' || facts.mode === 'needs_clearance') return null;
  const days = Math.min(ADHERENCE_WINDOW_DAYS, facts.daysRunning);
  if (days < ADHERENCE_MIN_DAYS) return null;
  return { sessions: facts.sessions, planned: Math.round((facts.perWeek * days) / 7), days };
}

export function attentionOf(facts: CaseloadFacts): Attention {
  const found = new Set<Tier>();
  const stopped = facts.mode === 'stopped' || (!facts.hasProgramme && facts.screeningStatus === 'stopped');
  if (stopped) found.add('stopped');
  for (const key of facts.openAlertKeys) {
    const tier = tierOfCause(alertCause(key));
    if (tier !== null) found.add(tier);
  }
  if (facts.paused.length > 0 || facts.phq2Alert === true) found.add('safety');
  if (facts.weekWorseRecent) found.add('week_worse');
  const adherence = adherenceOf(facts);
  if (adherence !== null && adherence.sessions < ADHERENCE_LOW_BELOW * adherence.planned) {
    found.add('low_adherence');
  }
  if (facts.mode === 'flare' || facts.openFlareStartDay !== null) found.add('in_flare');
  const waiting =
    facts.mode === 'needs_clearance' || (facts.screeningStatus === 'needs_clearance' && !facts.cleared);
  if (waiting && !stopped) found.add('needs_clearance');
  if (!facts.hasProgramme && !stopped) found.add('not_started');
  const tiers = TIERS.filter((t) => found.has(t));
  return { tier: tiers[0] ?? 'steady', tiers: tiers.length > 0 ? tiers : ['steady'], adherence };
}
