// The signed-in person's own record, as the patient app reads and answers it (docs/api.md:
// /api/patients/{id}, conditions, reference pain): what tells onboarding which step comes next.
import type { ConditionId } from '@steadily/core';
import { newClientId } from '../offline/client-id.ts';
import { request } from './client.ts';

export interface MyRecord {
  id: string;
  selfGuided: boolean;
  conditions: ConditionId[];
  presets: string[];
  referenceMorningPain: number | null;
  screeningStatus: 'clear' | 'needs_clearance' | 'stopped' | null;
  pacing: boolean;
  clearance: unknown;
  mode: string | null;
  programme: { active: string | null; activeStartDate: string | null; draft: string | null };
}

const base = (patientId: string) => `/patients/${encodeURIComponent(patientId)}`;

export function getMyRecord(patientId: string): Promise<MyRecord> {
  return request<MyRecord>('GET', base(patientId));
}

export function answerConditions(patientId: string, conditions: ConditionId[]): Promise<unknown> {
  return request('PUT', `${base(patientId)}/conditions`, {
    body: { conditions },
    idempotencyKey: newClientId(),
  });
}

export function answerReferencePain(patientId: string, referenceMorningPain: number): Promise<unknown> {
  return request('PUT', `${base(patientId)}/reference-pain`, {
    body: { referenceMorningPain },
    idempotencyKey: newClientId(),
  });
}
