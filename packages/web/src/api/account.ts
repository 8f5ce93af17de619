// The person's own account: display preferences, export, deletion, reminder times (docs/api.md).
import { newClientId } from '../offline/client-id.ts';
import type { Me } from './auth.ts';
import { API_BASE, request } from './client.ts';

/** Text size, low-energy mode and language follow the person to every device. */
export function saveAccountPreferences(change: {
  textSize?: Me['textSize'];
  lowEnergy?: boolean;
  locale?: string;
}): Promise<Me> {
  return request<Me>('PATCH', '/account', { body: change });
}

/** A plain link downloads it with the session cookie; the server sends it as a file. */
export const EXPORT_URL = `${API_BASE}/account/export`;

export async function deleteAccount(password: string): Promise<void> {
  await request('DELETE', '/account', { body: { password } });
  if (typeof caches !== 'undefined') await caches.delete('steadily-api');
}

export interface Reminders {
  times: string[];
  timeZone: string;
}

export function getReminders(patientId: string): Promise<Reminders> {
  return request<Reminders>('GET', `/patients/${encodeURIComponent(patientId)}/reminders`);
}

export function putReminders(patientId: string, times: string[]): Promise<Reminders> {
  return request<Reminders>('PUT', `/patients/${encodeURIComponent(patientId)}/reminders`, {
    body: { times },
    idempotencyKey: newClientId(),
  });
}

/** One of the tables of "download my data" (docs/api.md: /api/patients/{id}/export/{kind}). */
export const CSV_KINDS = ['sessions', 'checkins', 'decisions', 'measures'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

export function csvUrl(patientId: string, kind: CsvKind): string {
  return `${API_BASE}/patients/${encodeURIComponent(patientId)}/export/${kind}`;
}

/** The person's own progress report, or the clinician report to hand to a doctor (docs/api.md). */
export function reportUrl(patientId: string, kind: 'report' | 'clinician-report', lang: 'en' | 'es'): string {
  return `${API_BASE}/patients/${encodeURIComponent(patientId)}/${kind}.pdf?lang=${lang}`;
}

/** A new secret link to the plan as a calendar feed; the old link stops working. */
export async function createCalendarLink(patientId: string): Promise<string> {
  const { path } = await request<{ path: string }>(
    'POST',
    `/patients/${encodeURIComponent(patientId)}/calendar-link`,
    {
      idempotencyKey: newClientId(),
    },
  );
  return new URL(path, location.origin).href;
}
