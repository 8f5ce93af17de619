// Every route of the API with a valid request and the status each role must get, shared by the
// authorisation matrix and the random-input property test.
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Fixture, Role } from './authz-fixture.ts';
import { TestClient } from './client.ts';
import { PASSWORD } from './harness.ts';
import { CLEAR_SCREENING } from './journey.ts';

export type Status = number | 'ok';
// Expected status per role, in ROLES order: anonymous, otherPatient, otherClinician, admin, clinician, patient.
export type Row = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: (f: Fixture, role: Role) => unknown;
  expect: [Status, Status, Status, Status, Status, Status];
};

const PUBLIC: Row['expect'] = ['ok', 'ok', 'ok', 'ok', 'ok', 'ok'];
const SIGNED_IN: Row['expect'] = [401, 'ok', 'ok', 'ok', 'ok', 'ok'];
const CLINICIANS: Row['expect'] = [401, 403, 'ok', 'ok', 'ok', 403];
const ADMIN: Row['expect'] = [401, 403, 403, 'ok', 403, 403];
const READ_RECORD: Row['expect'] = [401, 404, 404, 404, 'ok', 'ok'];
const SELF_WRITE: Row['expect'] = [401, 404, 404, 404, 403, 'ok'];
const CLINICIAN_WRITE: Row['expect'] = [401, 404, 404, 404, 'ok', 403];
const BOTH_WRITE: Row['expect'] = [401, 404, 404, 404, 'ok', 'ok'];
const P = '/api/patients/{patientId}';

const reads = [
  '',
  '/programme',
  '/sessions',
  '/mornings',
  '/today',
  '/decisions',
  '/timeline',
  '/progress',
  '/measures',
  '/notes',
  '/reminders',
  '/fhir',
  '/report.pdf',
  '/clinician-report.pdf',
];

/** A FHIR Bundle with one morning pain score, as another app (or Steadily's own export) sends it. */
const PAIN_BUNDLE = {
  resourceType: 'Bundle',
  type: 'collection',
  entry: [
    {
      fullUrl: 'urn:uuid:6f1c7a52-0d3e-4b7a-9f65-2c4d8e1b7a90',
      resource: {
        resourceType: 'Observation',
        status: 'final',
        category: [
          {
            coding: [
              { system: 'https://steadily.example.org/fhir/CodeSystem/pain-context', code: 'morning' },
            ],
          },
        ],
        code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] },
        effectiveDateTime: '2026-03-01',
        valueInteger: 3,
      },
    },
  ],
};

export const ROWS: Row[] = [
  { method: 'GET', path: '/api/health', expect: PUBLIC },
  { method: 'GET', path: '/api/openapi.json', expect: PUBLIC },
  { method: 'GET', path: '/api/auth/csrf', expect: PUBLIC },
  {
    method: 'POST',
    path: '/api/auth/sign-up',
    body: () => ({
      email: `x-${randomUUID()}@example.test`,
      password: PASSWORD,
      displayName: 'X',
      timeZone: 'UTC',
    }),
    expect: PUBLIC,
  },
  {
    method: 'POST',
    path: '/api/auth/sign-in',
    body: (f) => ({ email: f.otherPatientEmail, password: PASSWORD }),
    expect: PUBLIC,
  },
  { method: 'GET', path: '/api/invitations/{code}', expect: PUBLIC },
  { method: 'GET', path: '/api/auth/me', expect: SIGNED_IN },
  { method: 'PATCH', path: '/api/account', body: () => ({ locale: 'en' }), expect: SIGNED_IN },
  { method: 'GET', path: '/api/auth/sessions', expect: SIGNED_IN },
  { method: 'GET', path: '/api/account/export', expect: SIGNED_IN },
  { method: 'GET', path: '/api/push/key', expect: SIGNED_IN },
  { method: 'GET', path: `${P}/export/{kind}`, expect: READ_RECORD },
  { method: 'POST', path: `${P}/calendar-link`, expect: SELF_WRITE },
  { method: 'DELETE', path: `${P}/calendar-link`, expect: BOTH_WRITE },
  { method: 'POST', path: `${P}/fhir/import`, body: () => PAIN_BUNDLE, expect: BOTH_WRITE },
  { method: 'GET', path: '/api/calendar/{token}/steadily.ics', expect: [404, 404, 404, 404, 404, 404] },
  {
    method: 'POST',
    path: '/api/push/subscriptions',
    body: (_f, role) => ({
      endpoint: `https://push.example.test/${role}-${randomUUID()}`,
      keys: {
        p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
        auth: 'tBHItJI5svbpez7KI4CCXg',
      },
    }),
    expect: SIGNED_IN,
  },
  {
    method: 'DELETE',
    path: '/api/push/subscriptions',
    body: () => ({ endpoint: 'https://push.example.test/none' }),
    expect: SIGNED_IN,
  },
  {
    method: 'POST',
    path: '/api/auth/password',
    body: () => ({ currentPassword: 'wrong password', newPassword: 'another long password' }),
    expect: [401, 400, 400, 400, 400, 400],
  },
  {
    method: 'DELETE',
    path: '/api/account',
    body: () => ({ password: 'wrong password' }),
    expect: [401, 400, 400, 400, 400, 400],
  },
  { method: 'GET', path: '/api/patients', expect: SIGNED_IN },
  { method: 'GET', path: '/api/alerts', expect: CLINICIANS },
  { method: 'GET', path: '/api/invitations', expect: CLINICIANS },
  { method: 'POST', path: '/api/invitations', body: () => ({ kind: 'patient' }), expect: CLINICIANS },
  {
    method: 'POST',
    path: '/api/invitations/accept',
    body: () => ({ code: 'AAAA-BBBB-CCCC' }),
    expect: [401, 400, 403, 403, 403, 400],
  },
  { method: 'GET', path: '/api/admin/clinicians', expect: ADMIN },
  {
    method: 'PATCH',
    path: '/api/admin/clinicians/{otherClinicianId}',
    body: () => ({ disabled: false }),
    expect: ADMIN,
  },
  { method: 'GET', path: '/api/admin/audit', expect: ADMIN },
  ...reads.map((suffix): Row => ({ method: 'GET', path: `${P}${suffix}`, expect: READ_RECORD })),
  { method: 'GET', path: `${P}/alerts`, expect: [401, 403, 404, 404, 'ok', 403] },
  { method: 'PUT', path: `${P}/screening`, body: () => CLEAR_SCREENING, expect: BOTH_WRITE },
  {
    method: 'PUT',
    path: `${P}/conditions`,
    body: () => ({ conditions: ['fibromyalgia'] }),
    expect: BOTH_WRITE,
  },
  {
    method: 'PUT',
    path: `${P}/reference-pain`,
    body: () => ({ referenceMorningPain: 3 }),
    expect: BOTH_WRITE,
  },
  {
    method: 'PUT',
    path: `${P}/thresholds`,
    body: () => ({ thresholds: { ceiling: 5 } }),
    expect: CLINICIAN_WRITE,
  },
  { method: 'POST', path: `${P}/clearance`, body: (f) => ({ clearedOn: f.today }), expect: CLINICIAN_WRITE },
  {
    method: 'POST',
    path: `${P}/programme/exercises/{draftExerciseId}/baseline-trials`,
    body: (f) => ({ value: 10, localDate: f.today }),
    expect: BOTH_WRITE,
  },
  {
    method: 'POST',
    path: `${P}/sessions`,
    body: (f) => ({ localDate: f.today, exerciseId: f.walkId, done: 'quota', peak: 3, after: 3 }),
    expect: SELF_WRITE,
  },
  { method: 'POST', path: `${P}/sessions/{sessionId}/after`, body: () => ({ after: 3 }), expect: SELF_WRITE },
  { method: 'PATCH', path: `${P}/sessions/{sessionId}`, body: () => ({ after: 4 }), expect: SELF_WRITE },
  {
    method: 'POST',
    path: `${P}/mornings`,
    body: () => ({ localDate: '2026-03-03', pain: 3 }),
    expect: SELF_WRITE,
  },
  { method: 'POST', path: `${P}/flares`, body: (f) => ({ localDate: f.today }), expect: SELF_WRITE },
  { method: 'POST', path: `${P}/crashes`, body: (f) => ({ localDate: f.today }), expect: SELF_WRITE },
  {
    method: 'POST',
    path: `${P}/red-flags`,
    body: (f) => ({ localDate: f.today, redFlags: [] }),
    expect: BOTH_WRITE,
  },
  {
    method: 'POST',
    path: `${P}/measures`,
    body: (f, role) => ({
      instrument: 'PEG',
      week: role === 'patient' ? 0 : 6,
      localDate: f.today,
      items: [4, 4, 4],
    }),
    expect: BOTH_WRITE,
  },
  { method: 'POST', path: `${P}/notes`, body: () => ({ text: 'Keep going.' }), expect: CLINICIAN_WRITE },
  {
    method: 'POST',
    path: `${P}/alerts/acknowledge`,
    body: (f) => ({ alertKey: f.alertKey }),
    expect: CLINICIAN_WRITE,
  },
  { method: 'PUT', path: `${P}/reminders`, body: () => ({ times: ['08:00'] }), expect: SELF_WRITE },
  {
    method: 'POST',
    path: `${P}/quotas`,
    body: (f) => ({ exerciseId: f.walkId, quota: 5 }),
    expect: CLINICIAN_WRITE,
  },
  { method: 'POST', path: `${P}/resume`, body: () => ({}), expect: CLINICIAN_WRITE },
  { method: 'POST', path: `${P}/flare/end`, expect: CLINICIAN_WRITE },
  { method: 'POST', path: `${P}/dosing`, body: () => ({ dosing: 'classic' }), expect: CLINICIAN_WRITE },
  { method: 'POST', path: `${P}/dosing-notice/close`, expect: SELF_WRITE },
  {
    method: 'POST',
    path: `${P}/symptoms`,
    body: (f) => ({ localDate: f.today, symptom: 'sharp_new_pain', exerciseId: f.walkId }),
    expect: SELF_WRITE,
  },
  {
    method: 'POST',
    path: `${P}/programme/exercises`,
    body: () => ({ name: 'Bridge', unit: 'reps', baseline: [8] }),
    expect: CLINICIAN_WRITE,
  },
  {
    // Before the DELETE below takes the stretch out.
    method: 'PUT',
    path: `${P}/programme/exercises/{stretchId}/prescription`,
    body: () => ({ sets: null, loadKg: 2.5, restSeconds: null }),
    expect: CLINICIAN_WRITE,
  },
  { method: 'DELETE', path: `${P}/programme/exercises/{stretchId}`, expect: CLINICIAN_WRITE },
  {
    method: 'PUT',
    path: `${P}/programme`,
    body: () => ({ exercises: [{ name: 'Cycling', unit: 'minutes', baseline: [20] }] }),
    expect: CLINICIAN_WRITE,
  },
  { method: 'POST', path: `${P}/programme/start`, body: () => ({}), expect: CLINICIAN_WRITE },
  { method: 'POST', path: '/api/invitations/{invitationId}/revoke', expect: [401, 404, 404, 404, 'ok', 404] },
  { method: 'DELETE', path: '/api/auth/sessions/{spareSessionId}', expect: [401, 404, 404, 404, 404, 'ok'] },
  { method: 'GET', path: '/api/caseload', expect: CLINICIANS },
  { method: 'GET', path: '/api/library', expect: SIGNED_IN },
  {
    method: 'POST',
    path: '/api/library',
    body: () => ({
      name: 'Pool walk',
      unit: 'minutes',
      maxQuota: 30,
      modality: 'aerobic',
      region: 'whole_body',
    }),
    expect: CLINICIANS,
  },
  // Only its owner edits a clinician's own exercise: other clinicians do not see it.
  {
    method: 'PUT',
    path: '/api/library/{ownExerciseId}',
    body: () => ({
      name: 'Pool jog',
      unit: 'minutes',
      maxQuota: 30,
      modality: 'aerobic',
      region: 'whole_body',
    }),
    expect: [401, 403, 404, 404, 'ok', 403],
  },
  // Nobody removes an exercise that is not their own (here: not in the library at all).
  { method: 'DELETE', path: '/api/library/{stretchId}', expect: [401, 403, 404, 404, 404, 403] },
  { method: 'POST', path: '/api/auth/sign-out', expect: SIGNED_IN },
];

export function fill(path: string, f: Fixture): string {
  const values: Record<string, string> = {
    patientId: f.patientId,
    code: f.openInvitationCode,
    otherClinicianId: f.otherClinicianId,
    draftExerciseId: f.draftExerciseId,
    sessionId: f.sessionId,
    stretchId: f.stretchId,
    ownExerciseId: f.ownExerciseId,
    invitationId: f.invitationId,
    spareSessionId: f.spareSessionId,
    kind: 'sessions',
    token: 'an-unknown-calendar-link-secret-0000000000',
  };
  return path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}

/** A copy of the role's browser, so a sign-in or sign-up in one row does not change who the role is. */
export function cloneOf(client: TestClient, app: FastifyInstance): TestClient {
  const copy = new TestClient(app);
  for (const [k, v] of client.cookies) copy.cookies.set(k, v);
  copy.csrfToken = client.csrfToken;
  return copy;
}
