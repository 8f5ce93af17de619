// A small care team for record-level tests: the server's first account (an admin clinician), a clinician
// invited by it, a patient who accepted that clinician's invitation, and a stranger to them all.
import type { FastifyInstance } from 'fastify';
import type { TestClient } from './client.ts';
import { signUpAs } from './harness.ts';
import { write } from './journey.ts';

/** A patient who joins with an invitation from this clinician. */
export async function invitePatient(app: FastifyInstance, clinician: TestClient, label: string) {
  const code = (await write(clinician, 'POST', '/api/invitations', { kind: 'patient' })).body.code;
  const patient = await signUpAs(app, { label, invitationCode: code });
  return { ...patient, base: `/api/patients/${patient.id}` };
}

/** On a server with no accounts yet (the first sign-up becomes the admin). */
export async function careTeam(app: FastifyInstance, label = 'team') {
  const admin = await signUpAs(app, { role: 'clinician', label: `${label}-admin` });
  const invitation = await write(admin.client, 'POST', '/api/invitations', { kind: 'clinician' });
  const clinician = await signUpAs(app, {
    label: `${label}-clinician`,
    invitationCode: invitation.body.code,
  });
  const patient = await invitePatient(app, clinician.client, `${label}-patient`);
  const stranger = await signUpAs(app, { label: `${label}-stranger` });
  return { admin, clinician, patient, stranger, base: patient.base };
}
