// The dosing model of a running programme (issue 11, docs/dosing.md): which model runs, since when, what
// the personal model has learned (core's LearnedModel, as the API sends it); a clinician's switch; the
// person closing the switch notice.
import type { DosingModel, LearnedModel } from '@steadily/core';
import { newClientId } from '../offline/client-id.ts';
import { request } from './client.ts';

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
