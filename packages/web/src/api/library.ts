// The exercise library (docs/api.md: /api/library): core's built-in exercises and a clinician's own.
import type { Modality, Region, Unit } from '@steadily/core';
import { newClientId } from '../offline/client-id.ts';
import { request } from './client.ts';

export interface LibraryExercise {
  id: string;
  builtIn: boolean;
  name: Record<string, string>;
  instructions: Record<string, string>;
  unit: Unit;
  step: number;
  maxQuota: number;
  modality: Modality;
  region: Region;
  perWeekDefault: number;
  easierId: string | null;
  harderId: string | null;
  illustration: string | null;
  mediaUrl: string | null;
}

export interface NewLibraryExercise {
  name: string;
  instructions?: string;
  unit: Unit;
  step?: number;
  maxQuota: number;
  modality: Modality;
  region: Region;
  perWeekDefault?: number;
  easierId?: string;
  harderId?: string;
  mediaUrl?: string;
}

export function getLibrary(
  filter: { modality?: Modality; region?: Region } = {},
): Promise<LibraryExercise[]> {
  const params = new URLSearchParams(filter as Record<string, string>).toString();
  return request<LibraryExercise[]>('GET', `/library${params ? `?${params}` : ''}`);
}

export function addLibraryExercise(body: NewLibraryExercise): Promise<LibraryExercise> {
  return request<LibraryExercise>('POST', '/library', { body, idempotencyKey: newClientId() });
}

/** Every field as sent (name and instructions in the clinician's language). */
export function updateLibraryExercise(id: string, body: NewLibraryExercise): Promise<LibraryExercise> {
  return request<LibraryExercise>('PUT', `/library/${encodeURIComponent(id)}`, { body });
}

export function removeLibraryExercise(id: string): Promise<unknown> {
  return request('DELETE', `/library/${encodeURIComponent(id)}`);
}

/** Text in the wanted language, else English, else whatever there is. */
export function textIn(text: Record<string, string>, language: string): string {
  return text[language] ?? text.en ?? Object.values(text)[0] ?? '';
}
