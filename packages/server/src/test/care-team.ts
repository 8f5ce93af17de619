// A small care team for record-level tests: the server's first account (an admin clinician), a clinician
// invited by it, and a patient who accepted that clinician's invitation.
import type { FastifyInstance } from 'fastify';
import { signUpAs } from './harness.ts';
import { write } from './journey.ts';

export async function careTeam(app: FastifyInstance, label = 'team') {
  const admin = await signUpAs(app, { role: 'clinician', label: `${label}-admin` });
  const invitation = await write(admin.client, 'POST', '/api/invitations', { kind: 'clinician' });
  const clinician = await signUpAs(app, {
    label: `${label}-clinician`,
    invitationCode: invitation.body.code,
  });
  const code = (await write(clinician.client, 'POST', '/api/invitations', { kind: 'patient' })).body.code;
  const patient = await signUpAs(app, { label: `${label}-patient`, invitationCode: code });
  const stranger = await signUpAs(app, { label: `${label}-stranger` });
  return { admin, clinician, patient, stranger, base: `/api/patients/${patient.id}` };
}
