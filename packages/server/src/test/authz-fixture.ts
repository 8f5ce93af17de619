// The cast of the authorisation matrix: an admin (a clinician with no patients), a clinician and
// their patient (with a running programme, a session, an alert), another clinician with another
// patient, and an anonymous visitor.
import type { FastifyInstance } from 'fastify';
import type { ManualClock } from '../services/manual-clock.ts';
import { TestClient } from './client.ts';
import { PASSWORD, signUpAs } from './harness.ts';
import { CLEAR_SCREENING, write } from './journey.ts';

export const ROLES = [
  'anonymous',
  'otherPatient',
  'otherClinician',
  'admin',
  'clinician',
  'patient',
] as const;
export type Role = (typeof ROLES)[number];

export interface Fixture {
  clients: Record<Role, TestClient>;
  patientId: string;
  otherPatientId: string;
  otherPatientEmail: string;
  walkId: string;
  stretchId: string;
  /** An exercise of the clinician's own in the library. */
  ownExerciseId: string;
  sessionId: string;
  draftExerciseId: string;
  invitationId: string;
  openInvitationCode: string;
  otherClinicianId: string;
  spareSessionId: string;
  alertKey: string;
  today: string;
}

async function invite(app: FastifyInstance, by: TestClient, kind: 'patient' | 'clinician', label: string) {
  const invitation = await write(by, 'POST', '/api/invitations', { kind });
  return signUpAs(app, { label, invitationCode: invitation.body.code });
}

function ok<T extends { status: number }>(res: T, what: string): T {
  if (res.status >= 300) throw new Error(`${what} failed: ${res.status} ${JSON.stringify(res)}`);
  return res;
}

export async function buildFixture(app: FastifyInstance, clock: ManualClock): Promise<Fixture> {
  clock.set('2026-03-02T09:00:00Z');
  const admin = await signUpAs(app, { role: 'clinician', label: 'admin' });
  const clinician = await invite(app, admin.client, 'clinician', 'clinician');
  const otherClinician = await invite(app, admin.client, 'clinician', 'other-clinician');
  const patient = await invite(app, clinician.client, 'patient', 'patient');
  const otherPatient = await invite(app, otherClinician.client, 'patient', 'other-patient');
  const base = `/api/patients/${patient.id}`;
  const c = clinician.client;
  ok(await write(patient.client, 'PUT', `${base}/screening`, CLEAR_SCREENING), 'screening');
  ok(await write(c, 'PUT', `${base}/reference-pain`, { referenceMorningPain: 3 }), 'reference pain');
  const exercises = [
    { name: 'Walking', unit: 'minutes', baseline: [10, 12, 11] },
    { name: 'Stretch', unit: 'seconds', baseline: [30, 40, 35] },
  ];
  const programme = ok(await write(c, 'PUT', `${base}/programme`, { exercises }), 'programme');
  ok(await write(c, 'POST', `${base}/programme/start`, { startDate: '2026-03-02' }), 'start');
  const [walkId, stretchId] = programme.body.exercises.map((e: { id: string }) => e.id);
  const today = '2026-03-02';
  const session = ok(
    await write(patient.client, 'POST', `${base}/sessions`, {
      localDate: today,
      exerciseId: walkId,
      done: 'quota',
      peak: 3,
    }),
    'session',
  );
  ok(
    await write(patient.client, 'POST', `${base}/symptoms`, {
      localDate: today,
      symptom: 'joint_locking',
      exerciseId: stretchId,
    }),
    'symptom',
  );
  const alerts = ok(await c.get(`${base}/alerts`), 'alerts');
  const draft = ok(
    await write(c, 'PUT', `${base}/programme`, { exercises: [{ name: 'Cycling', unit: 'minutes' }] }),
    'draft',
  );
  const own = ok(
    await write(c, 'POST', '/api/library', {
      name: 'Pool walk',
      unit: 'minutes',
      maxQuota: 30,
      modality: 'aerobic',
      region: 'whole_body',
    }),
    'own exercise',
  );
  const invitation = ok(await write(c, 'POST', '/api/invitations', { kind: 'patient' }), 'invitation');
  const open = ok(await write(c, 'POST', '/api/invitations', { kind: 'patient' }), 'open invitation');
  const spare = new TestClient(app);
  ok(await spare.post('/api/auth/sign-in', { email: patient.email, password: PASSWORD }), 'second sign-in');
  const sessions = ok(await patient.client.get('/api/auth/sessions'), 'sessions');
  return {
    clients: {
      anonymous: new TestClient(app),
      patient: patient.client,
      otherPatient: otherPatient.client,
      clinician: c,
      otherClinician: otherClinician.client,
      admin: admin.client,
    },
    patientId: patient.id,
    otherPatientId: otherPatient.id,
    otherPatientEmail: otherPatient.email,
    walkId,
    stretchId,
    ownExerciseId: own.body.id,
    sessionId: session.body.event.id,
    draftExerciseId: draft.body.exercises[0].id,
    invitationId: invitation.body.id,
    openInvitationCode: open.body.code,
    otherClinicianId: otherClinician.id,
    spareSessionId: sessions.body.find((s: { current: boolean }) => !s.current).id,
    alertKey: alerts.body[0]?.alertKey ?? 'none',
    today,
  };
}
