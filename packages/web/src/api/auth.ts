// Accounts and sessions. Route names follow docs/api.md; keep every call to /api/auth here.
import type { Language } from '../i18n/languages.ts';
import { newClientId } from '../offline/client-id.ts';
import { request } from './client.ts';
import { ApiError } from './errors.ts';

export type Role = 'patient' | 'clinician';

export interface Me {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  isAdmin?: boolean;
  locale: string;
  timeZone: string;
  /** Display preferences saved to the account (docs/api.md: PATCH /api/account). */
  textSize?: 'normal' | 'large' | 'larger';
  lowEnergy?: boolean;
}

export interface SignUpInput {
  displayName: string;
  email: string;
  password: string;
  /** An invitation code from a clinician, when the person has one. */
  invitationCode?: string;
}

export interface InvitationPreview {
  kind: Role;
  clinicianName: string | null;
  email: string | null;
}

function deviceContext(locale: Language): { timeZone: string; locale: Language } {
  return { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, locale };
}

export function signUp(input: SignUpInput, locale: Language): Promise<Me> {
  return request<Me>('POST', '/auth/sign-up', { body: { ...input, ...deviceContext(locale) } });
}

export function signIn(email: string, password: string): Promise<Me> {
  return request<Me>('POST', '/auth/sign-in', { body: { email, password } });
}

export async function signOut(): Promise<void> {
  await request<void>('POST', '/auth/sign-out', { body: {} });
  // A shared phone must not show the last person's plan from the offline cache.
  if (typeof caches !== 'undefined') await caches.delete('steadily-api');
}

/** The signed-in person, or null when no one is signed in. */
export async function getMe(): Promise<Me | null> {
  try {
    return await request<Me>('GET', '/auth/me');
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 404)) return null;
    throw error;
  }
}

/** A signed-in, self-guided person joins the clinician who invited them. */
export async function acceptInvitation(code: string): Promise<void> {
  await request('POST', '/invitations/accept', { body: { code }, idempotencyKey: newClientId() });
}

export function previewInvitation(code: string): Promise<InvitationPreview> {
  return request<InvitationPreview>('GET', `/invitations/${encodeURIComponent(code)}`);
}
