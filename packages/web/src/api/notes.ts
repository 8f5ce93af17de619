// Notes a clinician writes to the patient (docs/api.md: /api/patients/{id}/notes), read by both.
import { newClientId } from '../offline/client-id.ts';
import { request } from './client.ts';

export interface Note {
  id: string;
  text: string;
  authorId: string | null;
  authorName: string | null;
  createdAt: string;
}

/** Newest first. */
export function getNotes(patientId: string): Promise<Note[]> {
  return request<Note[]>('GET', `/patients/${encodeURIComponent(patientId)}/notes`);
}

export function addNote(patientId: string, text: string): Promise<Note> {
  return request<Note>('POST', `/patients/${encodeURIComponent(patientId)}/notes`, {
    body: { text },
    idempotencyKey: newClientId(),
  });
}
