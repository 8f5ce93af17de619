// The dosing model of a running programme (issue 11, docs/dosing.md): which model runs, since when,
// what the personal model has learned; a clinician's switch; the person closing the switch notice.
import { newClientId } from '../offline/client-id.ts';
import { request } from './client.ts';

export type DosingModel = 'classic' | 'personal';

export interface LearnedResponse {
  exercise: string;
  /** Pain rise (points) for each 10 % of load above what was recently tolerated, and its range. */
  responsePer10Pct: number;
  responseLow: number;
  responseHigh: number;
  observations: number;
  toleratedQuota: number;
}

export interface LearnedModel {
  /** Day-to-day spread of morning pain (points), and its range. */
  noiseSd: number;
  noiseLow: number;
  noiseHigh: number;
  mornings: number;
  exercises: Record<string, LearnedResponse>;
}

export interface DosingView {
  model: DosingModel;
  rulesVersion: number;
  since: { localDate: string; day: number } | null;
  learned: LearnedModel | null;
}

const base = (patientId: string) => `/patients/${encodeURIComponent(patientId)}`;

export function setDosing(
  patientId: string,
  dosing: DosingModel,
): Promise<{ dosing: DosingModel; rulesVersion: number; localDate: string | null }> {
  return request('POST', `${base(patientId)}/dosing`, { body: { dosing }, idempotencyKey: newClientId() });
}

export function closeDosingNotice(patientId: string): Promise<{ closed: true }> {
  return request('POST', `${base(patientId)}/dosing-notice/close`, { idempotencyKey: newClientId() });
}
