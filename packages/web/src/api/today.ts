// Today's plan for the signed-in person. Cached by the service worker (network-first) for offline use.
import type { Action, Flag, FlareRecord, Mode, ReasonCode, ReasonParams, Unit, Zone } from '@steadily/core';
import { newClientId } from '../offline/client-id.ts';
import { request } from './client.ts';
import type { DosingView } from './dosing.ts';
import { ApiError } from './errors.ts';

export interface TodayDecision {
  action: Action;
  zone: Zone | null;
  reason: string;
  reasonCode: ReasonCode;
  reasonParams: ReasonParams;
  day: number;
  localDate?: string;
  /** The dose before this decision. */
  previousQuota?: number;
}

export interface TodayExercise {
  id: string;
  name: string;
  unit: Unit;
  /** The dose step; the unit's default when the server leaves it out. */
  step?: number;
  quota: number;
  /** Today's quota split into the clinician's sets (25 in 3 = [9, 8, 8]); null or absent: one number. */
  setsToday?: number[] | null;
  /** The load the clinician set, in kg; null or absent: body weight. */
  loadKg?: number | null;
  /** Rest between sets in seconds. */
  restSeconds?: number | null;
  paused: boolean;
  /** The last decision when it changed the dose: the reason in one sentence. */
  change: TodayDecision | null;
  /** The current decision (a hold included): what Today explains (issue 12). */
  lastDecision?: TodayDecision | null;
  doneToday: number;
  /** Sessions of this exercise the server has for today (a session of 0 done included). */
  sessionsToday?: number;
  /** Today's decisions for this exercise, in the order they happened (a step back, then a flare). */
  decisionsToday?: TodayDecision[];
  /** During a flare: the quota in force just before it, after any step back that day. */
  quotaBeforeFlare?: number | null;
}

export interface Today {
  localDate: string;
  day: number;
  mode: Mode;
  flags: Flag[];
  /** A stop (SPEC §2): since when, whether no clinician follows the person, the number to call. */
  safety?: { stoppedSince: string | null; selfGuided: boolean; emergencyNumber: string };
  openFlare: FlareRecord | null;
  flarePlan: string | null;
  morningDone: boolean;
  exercises: TodayExercise[];
  dosing?: DosingView;
  /** The release switch to "personal", until the person closes its notice (shown once). */
  dosingNotice?: { localDate: string } | null;
}

/** Null while the person has no programme yet (or the server does not offer one). */
export async function getToday(patientId: string): Promise<Today | null> {
  try {
    return await request<Today>('GET', `/patients/${encodeURIComponent(patientId)}/today`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

let prefetched: { patientId: string; at: number; plan: Promise<Today | null> } | null = null;
/** A prefetched plan older than this is read again. */
const PREFETCH_FRESH_MS = 10_000;

/** Starts reading today's plan before the screen asks for it (app/early.ts). */
export function prefetchToday(patientId: string): void {
  const plan = getToday(patientId);
  plan.catch(() => undefined); // the screen sees the failure when it takes the plan
  prefetched = { patientId, at: Date.now(), plan };
}

/** The prefetched plan if there is a fresh one for this person (once), else a new read. */
export function takeToday(patientId: string): Promise<Today | null> {
  const ready = prefetched;
  prefetched = null;
  if (ready !== null && ready.patientId === patientId && Date.now() - ready.at < PREFETCH_FRESH_MS)
    return ready.plan;
  return getToday(patientId);
}

/**
 * A self-guided person resumes their own: a paused exercise once the symptom has settled, or the whole
 * plan once a doctor has checked them (on `checkedOn`). The server refuses a clinician's patient (403).
 */
export function resumeOwn(
  patientId: string,
  body:
    | { exerciseId: string; confirmation: 'settled' }
    | { confirmation: 'doctor_checked'; checkedOn: string },
): Promise<unknown> {
  return request('POST', `/patients/${encodeURIComponent(patientId)}/resume`, {
    body,
    idempotencyKey: newClientId(),
  });
}
