// The person, the engine that doses them (a software Device, the agent of every decision's Provenance),
// and a clinician's notes to them (Communication).
import type { Communication, Device, Patient } from '@medplum/fhirtypes';
import type { RecordNote } from '../record.ts';
import type { BuildContext } from './context.ts';
import { resourceId } from './ids.ts';

export function patientResource(ctx: BuildContext): Patient {
  const { patient } = ctx.record;
  return {
    resourceType: 'Patient',
    id: resourceId('Patient', patient.id),
    identifier: [{ system: ctx.canon.identifierSystem('patient'), value: patient.id }],
    active: true,
    ...(patient.displayName === null ? {} : { name: [{ text: patient.displayName }] }),
    // FHIR dates may be a year alone; Steadily keeps no more than that.
    ...(patient.birthYear === null ? {} : { birthDate: String(patient.birthYear) }),
  };
}

export function engineDevice(engineVersion: string | undefined): Device {
  return {
    resourceType: 'Device',
    id: resourceId('Device', 'engine'),
    status: 'active',
    deviceName: [{ name: 'Steadily dosing engine', type: 'user-friendly-name' }],
    type: { text: 'Software: pain-aware graded exercise dosing engine' },
    ...(engineVersion === undefined ? {} : { version: [{ value: engineVersion }] }),
  };
}

export function noteCommunication(ctx: BuildContext, note: RecordNote): Communication {
  return {
    resourceType: 'Communication',
    id: resourceId('Communication', note.id),
    status: 'completed',
    subject: ctx.patient,
    recipient: [ctx.patient],
    ...(note.authorName === null ? {} : { sender: { display: note.authorName } }),
    sent: note.createdAt,
    payload: [{ contentString: note.text }],
  };
}
