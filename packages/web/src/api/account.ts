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
