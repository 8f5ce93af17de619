// Outcome measures at weeks 0, 6 and 12 (SPEC §3; docs/api.md: /api/patients/{id}/measures).
import { request } from './client.ts';
import { ApiError } from './errors.ts';

export type Instrument = 'PEG' | 'PSEQ' | 'PSFS' | 'PHQ2';
export type MeasureWeek = 0 | 6 | 12;

export interface Activity {
  name: string;
  score: number;
}

export type MeasureInput =
  | { instrument: 'PEG' | 'PSEQ' | 'PHQ2'; week: MeasureWeek; localDate: string; items: number[] }
  | { instrument: 'PSFS'; week: MeasureWeek; localDate: string; activities: Activity[] };

export interface Measure {
  id: string;
  instrument: Instrument;
  week: number;
  localDate: string;
  /** PSFS: the activities with their scores; the others: item answers. */
  items: unknown;
  total: number;
  suggestTalkingToClinician: boolean;
}

const path = (patientId: string) => `/patients/${encodeURIComponent(patientId)}/measures`;

export function listMeasures(patientId: string): Promise<Measure[]> {
  return request<Measure[]>('GET', path(patientId));
}

/**
 * Saves one measure. The key makes a retry safe; a 409 means this week's answer is already saved
 * (from another device, or an earlier try whose reply was lost), which is what the person wanted.
 */
export async function recordMeasure(patientId: string, input: MeasureInput, key: string): Promise<void> {
  try {
    await request('POST', path(patientId), { body: input, idempotencyKey: key });
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) return;
    throw error;
  }
}

/** A clinician's entry: unlike the patient's retry-safe save, a measure already saved for that week is an error to show. */
export function saveMeasure(patientId: string, input: MeasureInput, key: string): Promise<Measure> {
  return request<Measure>('POST', path(patientId), { body: input, idempotencyKey: key });
}
