// Progress beyond pain (SPEC §10): core's summary, computed by the server from the person's history.
import type { ProgressSummary } from '@steadily/core';
import { request } from './client.ts';
import { ApiError } from './errors.ts';

export type Progress = ProgressSummary & { startDate: string };

/** Null while no programme has started. */
export async function getProgress(patientId: string): Promise<Progress | null> {
  try {
    return await request<Progress>('GET', `/patients/${encodeURIComponent(patientId)}/progress`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
