// Small factories for a person's journey through the API: screening, a programme, logs.
import { randomUUID } from 'node:crypto';
import type { TestClient } from './client.ts';

export function key(): Record<string, string> {
  return { 'idempotency-key': randomUUID() };
}

/** POST/PUT with a fresh Idempotency-Key (or the one given). */
export function write(
  client: TestClient,
  method: 'POST' | 'PUT' | 'DELETE',
  url: string,
  body?: unknown,
  idempotencyKey = randomUUID(),
) {
  return client.request(method, url, body ?? {}, { 'idempotency-key': idempotencyKey });
}

export const CLEAR_SCREENING = {
  clearance: { general: [false, false, false, false, false, false, false] },
  redFlags: [],
  pem: false,
};

export function walkingProgramme(baseline = [10, 12, 11]) {
  return { exercises: [{ name: 'Walking', unit: 'minutes', baseline, maxQuota: 60, perWeek: 5 }] };
}

/** Screening clear, reference pain 3, a walking programme started on `startDate`. Returns the exercise id. */
export async function startWalking(
  client: TestClient,
  patientId: string,
  startDate: string,
): Promise<string> {
  const base = `/api/patients/${patientId}`;
  const steps = [
    await write(client, 'PUT', `${base}/screening`, CLEAR_SCREENING),
    await write(client, 'PUT', `${base}/reference-pain`, { referenceMorningPain: 3 }),
    await write(client, 'PUT', `${base}/programme`, walkingProgramme()),
    await write(client, 'POST', `${base}/programme/start`, { startDate }),
  ];
  const failed = steps.find((s) => s.status >= 300);
  if (failed !== undefined)
    throw new Error(`journey step failed: ${failed.status} ${JSON.stringify(failed.body)}`);
  return steps[3]?.body.exercises[0].id;
}
