// Today's plan for the signed-in person. Cached by the service worker (network-first) for offline use.
import type { Mode, ReasonCode, ReasonParams, Unit, Zone } from '@steadily/core';
import { request } from './client.ts';
import { ApiError } from './errors.ts';

export interface TodayExercise {
  id: string;
  name: string;
  unit: Unit;
  step: number;
  quota: number;
  /** Set when the dose changed at the last decision: the reason in one sentence. */
  change: { reasonCode: ReasonCode; reasonParams: ReasonParams; reason: string; zone: Zone | null } | null;
  doneToday: number;
}

export interface Today {
  localDate: string;
  mode: Mode;
  exercises: TodayExercise[];
  morningDone: boolean;
  flarePlan: string | null;
}

/** Null while the person has no programme yet (or the server does not offer one). */
export async function getToday(): Promise<Today | null> {
  try {
    return await request<Today>('GET', '/today');
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
