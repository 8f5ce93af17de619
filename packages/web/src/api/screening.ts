// Safety screening on the person's record (docs/api.md: /api/patients/{id}/screening, clearance, red-flags).
import type { RedFlagId } from '@steadily/core';
import { newClientId } from '../offline/client-id.ts';
import { request } from './client.ts';

export interface ScreeningBody {
  clearance: { general: boolean[]; followUps: Record<string, boolean> };
  redFlags: RedFlagId[];
  pem: boolean;
}

export interface ScreeningResult {
  status: 'clear' | 'needs_clearance' | 'stopped';
  pacing: boolean;
  followUpsOpened: boolean;
}

const base = (patientId: string) => `/patients/${encodeURIComponent(patientId)}`;

export function putScreening(patientId: string, body: ScreeningBody, key: string): Promise<ScreeningResult> {
  return request<ScreeningResult>('PUT', `${base(patientId)}/screening`, { body, idempotencyKey: key });
}

/** Self-guided: the person records that a health professional cleared them, and when. */
export async function recordClearance(patientId: string, clearedOn: string): Promise<void> {
  await request('POST', `${base(patientId)}/clearance`, {
    body: { clearedOn },
    idempotencyKey: newClientId(),
  });
}

/** The red-flag questions asked again (after a pausing symptom). */
export async function postRedFlags(
  patientId: string,
  localDate: string,
  redFlags: RedFlagId[],
): Promise<void> {
  await request('POST', `${base(patientId)}/red-flags`, {
    body: { localDate, redFlags },
    idempotencyKey: newClientId(),
  });
}
