// The programme (docs/api.md: /api/patients/{id}/programme …): a draft with its exercises, the baseline
// tolerance trials, and the start.
import type { Unit } from '@steadily/core';
import { newClientId } from '../offline/client-id.ts';
import { request } from './client.ts';
import { ApiError } from './errors.ts';

export interface ProgrammeExercise {
  id: string;
  position: number;
  name: string;
  instructions: string;
  unit: Unit;
  step: number;
  maxQuota: number | null;
  perWeek: number;
  libraryExerciseId: string | null;
  /** The tolerance trials so far (up to 3). */
  baseline: number[];
  removed: boolean;
  /** The clinician's prescription beside the quota (issue 14): sets, load in kg, rest between sets. */
  sets?: number | null;
  loadKg?: number | null;
  restSeconds?: number | null;
}

export interface Programme {
  id: string;
  status: 'draft' | 'active' | 'ended';
  startDate: string | null;
  flarePlan: string | null;
  createdAt: string;
  exercises: ProgrammeExercise[];
}

export interface NewExercise {
  name: string;
  instructions: string;
  unit: Unit;
  step: number;
  maxQuota: number;
  perWeek: number;
  libraryExerciseId: string;
}

const base = (patientId: string) => `/patients/${encodeURIComponent(patientId)}/programme`;

/** Null before anyone has built a programme. */
export async function getProgramme(patientId: string): Promise<Programme | null> {
  try {
    return await request<Programme>('GET', base(patientId));
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function putProgramme(patientId: string, exercises: NewExercise[], key: string): Promise<Programme> {
  return request<Programme>('PUT', base(patientId), { body: { exercises }, idempotencyKey: key });
}

export function addBaselineTrial(
  patientId: string,
  exerciseId: string,
  trial: { value: number; localDate: string },
  key: string,
): Promise<Programme> {
  return request<Programme>(
    'POST',
    `${base(patientId)}/exercises/${encodeURIComponent(exerciseId)}/baseline-trials`,
    { body: trial, idempotencyKey: key },
  );
}

export function startProgramme(patientId: string, startDate: string): Promise<Programme> {
  return request<Programme>('POST', `${base(patientId)}/start`, {
    body: { startDate },
    idempotencyKey: newClientId(),
  });
}
