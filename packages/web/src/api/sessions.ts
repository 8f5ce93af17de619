// Logged sessions as the server holds them (docs/api.md: GET /api/patients/{id}/sessions?from&to).
import { request } from './client.ts';

export interface LoggedSession {
  id: string;
  localDate: string;
  exerciseId: string;
  /** Pain about an hour after; null while it is still to be answered. */
  after: number | null;
  createdAt: string;
}

export function listSessions(patientId: string, from: string, to: string): Promise<LoggedSession[]> {
  const query = new URLSearchParams({ from, to });
  return request<LoggedSession[]>('GET', `/patients/${encodeURIComponent(patientId)}/sessions?${query}`);
}
