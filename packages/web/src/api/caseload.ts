// The clinician's caseload, alerts and invitations (docs/api.md: /api/caseload, /api/alerts, /api/invitations).
import type { Mode, Tier, TierReason } from '@steadily/core';
import { newClientId } from '../offline/client-id.ts';
import { request } from './client.ts';

export type Reason = TierReason;

export interface CaseloadPatient {
  id: string;
  displayName: string;
  email: string;
  tier: Tier;
  tiers: Tier[];
  mode: Mode | null;
  screeningStatus: string | null;
  flags: string[];
  programme: { id: string; startDate: string } | null;
  hasDraft: boolean;
  adherence: { sessions: number; planned: number; days: number } | null;
  reasons: Reason[];
}

export interface CaseloadPage {
  patients: CaseloadPatient[];
  nextCursor: string | null;
  total: number;
  counts: Record<Tier, number>;
}

export type CaseloadFilter = 'all' | 'attention' | Tier;

export function getCaseload(query: {
  q?: string;
  filter?: CaseloadFilter;
  cursor?: string | null;
  limit?: number;
}): Promise<CaseloadPage> {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.filter && query.filter !== 'all') params.set('filter', query.filter);
  if (query.cursor) params.set('cursor', query.cursor);
  if (query.limit) params.set('limit', String(query.limit));
  const search = params.toString();
  return request<CaseloadPage>('GET', `/caseload${search ? `?${search}` : ''}`);
}

export interface Alert {
  patientId: string;
  alertKey: string;
  kind: string;
  details: Record<string, unknown>;
  day: number;
  localDate: string;
  acknowledgedAt: string | null;
  acknowledgedBy: { id: string; displayName: string } | null;
}

/** Open alerts across my caseload. */
export function getOpenAlerts(): Promise<Alert[]> {
  return request<Alert[]>('GET', '/alerts');
}

/** Every alert of one patient, acknowledged or not. */
export function getPatientAlerts(patientId: string): Promise<Alert[]> {
  return request<Alert[]>('GET', `/patients/${encodeURIComponent(patientId)}/alerts`);
}

export function acknowledgeAlert(patientId: string, alertKey: string): Promise<unknown> {
  return request('POST', `/patients/${encodeURIComponent(patientId)}/alerts/acknowledge`, {
    body: { alertKey },
    idempotencyKey: newClientId(),
  });
}

export interface Invitation {
  id: string;
  kind: 'patient' | 'clinician';
  email: string | null;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

export type NewInvitation = Invitation & { code: string; path: string };

export function createInvitation(body: {
  kind: 'patient' | 'clinician';
  email?: string;
  expiresInDays?: number;
}): Promise<NewInvitation> {
  return request<NewInvitation>('POST', '/invitations', { body, idempotencyKey: newClientId() });
}

export function listInvitations(): Promise<Invitation[]> {
  return request<Invitation[]>('GET', '/invitations');
}

export function revokeInvitation(id: string): Promise<unknown> {
  return request('POST', `/invitations/${encodeURIComponent(id)}/revoke`, {
    body: {},
    idempotencyKey: newClientId(),
  });
}
