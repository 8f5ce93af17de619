// Which clinician follows which patient: created only when the patient accepts an invitation.
import type { Executor } from './executor.ts';

export async function insertCareLink(
  db: Executor,
  clinicianId: string,
  patientId: string,
  invitationId: string | null,
): Promise<void> {
  await db
    .insertInto('care_link')
    .values({ clinician_id: clinicianId, patient_id: patientId, invitation_id: invitationId })
    .onConflict((oc) => oc.columns(['clinician_id', 'patient_id']).doNothing())
    .execute();
}

export async function hasCareLink(db: Executor, clinicianId: string, patientId: string): Promise<boolean> {
  const row = await db
    .selectFrom('care_link')
    .select('patient_id')
    .where('clinician_id', '=', clinicianId)
    .where('patient_id', '=', patientId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function countClinicians(db: Executor, patientId: string): Promise<number> {
  const row = await db
    .selectFrom('care_link')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('patient_id', '=', patientId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function listCaseload(db: Executor, clinicianId: string) {
  return db
    .selectFrom('care_link as l')
    .innerJoin('account as a', 'a.id', 'l.patient_id')
    .innerJoin('patient as p', 'p.id', 'l.patient_id')
    .select([
      'a.id',
      'a.display_name',
      'a.email',
      'p.mode',
      'p.flags',
      'p.risk_rank',
      'p.screening_status',
      'l.created_at as linked_at',
    ])
    .where('l.clinician_id', '=', clinicianId)
    .orderBy('p.risk_rank')
    .orderBy('a.display_name')
    .execute();
}

export function listCliniciansOf(db: Executor, patientId: string) {
  return db
    .selectFrom('care_link as l')
    .innerJoin('account as a', 'a.id', 'l.clinician_id')
    .select(['a.id', 'a.display_name'])
    .where('l.patient_id', '=', patientId)
    .orderBy('l.created_at')
    .execute();
}
