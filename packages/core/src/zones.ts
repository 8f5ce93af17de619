// Classifying a session into GREEN / AMBER / RED (SPEC §5), from pain during (P), after (A),
// before (B, or the reference R when missing), the next morning (M), and the dose done.
import { above, atLeast } from './quota.ts';
import type { Thresholds, Zone } from './types.ts';

export type ZoneCause = 'peak' | 'after' | 'morning' | 'symptom' | 'less' | 'more' | 'timeout';

export interface Classification {
  zone: Zone;
  cause: ZoneCause | null;
}

export interface SessionReading {
  peak: number;
  after?: number;
  /** Pain before; R of the session's day when the person did not say. */
  before: number;
  done: number;
  /** The quota in force at the session. */
  quota: number;
  symptom: boolean;
}

type ZoneThresholds = Pick<
  Thresholds,
  'ceiling' | 'rise' | 'hardCeiling' | 'amberBelowPct' | 'amberAbovePct'
>;

/** limit = min(hardCeiling, max(ceiling, B + rise)) — Silbernagel 2007. */
export function painLimit(before: number, t: Pick<Thresholds, 'ceiling' | 'rise' | 'hardCeiling'>): number {
  return Math.min(t.hardCeiling, Math.max(t.ceiling, before + t.rise));
}

/**
 * What can be said when the session is logged: RED at once (P or A over the limit, or a safety
 * symptom), otherwise a provisional AMBER or GREEN that the next morning may still make worse.
 */
export function classifyAtOnce(reading: SessionReading, t: ZoneThresholds): Classification {
  const limit = painLimit(reading.before, t);
  if (reading.symptom) return { zone: 'RED', cause: 'symptom' };
  if (above(reading.peak, limit)) return { zone: 'RED', cause: 'peak' };
  if (reading.after !== undefined && above(reading.after, limit)) return { zone: 'RED', cause: 'after' };
  if (above(reading.peak, limit - 1)) return { zone: 'AMBER', cause: 'peak' };
  if (reading.after !== undefined && above(reading.after, limit - 1))
    return { zone: 'AMBER', cause: 'after' };
  if (reading.done < (t.amberBelowPct / 100) * reading.quota - 1e-9) return { zone: 'AMBER', cause: 'less' };
  // More than planned is no reason to go up faster (§5).
  if (above(reading.done, (t.amberAbovePct / 100) * reading.quota)) return { zone: 'AMBER', cause: 'more' };
  return { zone: 'GREEN', cause: null };
}

/** The next morning's part: M ≥ R + 2 is RED; M = R + 1 holds (one point is noise, Farrar 2001). */
export function classifyMorning(morningPain: number, reference: number): Classification {
  if (atLeast(morningPain, reference + 2)) return { zone: 'RED', cause: 'morning' };
  if (atLeast(morningPain, reference + 1)) return { zone: 'AMBER', cause: 'morning' };
  return { zone: 'GREEN', cause: null };
}

const RANK: Record<Zone, number> = { GREEN: 0, AMBER: 1, RED: 2 };

/** The worse of the classifications; on a tie the earlier one keeps its cause. */
export function worst(...classifications: Classification[]): Classification {
  let result: Classification = { zone: 'GREEN', cause: null };
  for (const c of classifications) if (RANK[c.zone] > RANK[result.zone]) result = c;
  return result;
}

export const TIMED_OUT: Classification = Object.freeze({ zone: 'AMBER', cause: 'timeout' });
