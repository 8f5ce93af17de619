// Today's plan for the signed-in person. Cached by the service worker (network-first) for offline use.
import type { Action, Flag, FlareRecord, Mode, ReasonCode, ReasonParams, Unit, Zone } from '@steadily/core';
import { request } from './client.ts';
import { ApiError } from './errors.ts';

export interface TodayExercise {
  id: string;
  name: string;
  unit: Unit;
  /** The dose step; the unit's default when the server leaves it out. */
  step?: number;
  quota: number;
  paused: boolean;
  /** The last decision when it changed the dose: the reason in one sentence. */
  change: {
    action: Action;
    zone: Zone | null;
    reason: string;
    reasonCode: ReasonCode;
    reasonParams: ReasonParams;
    day: number;
    /** The dose before this change. */
    previousQuota?: number;
  } | null;
  doneToday: number;
}

export interface Today {
  localDate: string;
  day: number;
  mode: Mode;
  flags: Flag[];
  openFlare: FlareRecord | null;
  flarePlan: string | null;
  morningDone: boolean;
  exercises: TodayExercise[];
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
