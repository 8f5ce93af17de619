// Alerts for clinicians: clinician_alert notices (red flags, safety symptoms…) and raised flags, each
// acknowledged once per programme. Acknowledgements survive replays (they are keyed, not row ids).
import { listCaseload } from '../db/repositories/care-links.ts';
import type { Executor } from '../db/repositories/executor.ts';
import { acknowledgeAlert as ackRow, listAlerts } from '../db/repositories/outputs.ts';
import { findProgramme } from '../db/repositories/programmes.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { requireClinician } from './access.ts';
import type { Actor, AppContext } from './context.ts';
import { readForPatient, writeForPatient } from './write.ts';

async function alertsFor(db: Executor, patientIds: string[], includeAcknowledged: boolean) {
  const rows = await listAlerts(db, patientIds);
  return rows
    .filter((r) => includeAcknowledged || r.acknowledged_at === null)
    .map((r) => ({
      patientId: r.patient_id,
      alertKey: r.alert_key as string,
      kind: r.kind,
      details: r.payload,
      day: r.day,
      localDate: r.local_date,
      acknowledgedAt: r.acknowledged_at?.toISOString() ?? null,
      acknowledgedBy:
        r.acknowledged_by === null
          ? null
          : { id: r.acknowledged_by, displayName: r.acknowledged_by_name ?? '' },
    }));
}

export function getPatientAlerts(ctx: AppContext, actor: Actor, patientId: string) {
  requireClinician(actor);
  return readForPatient(ctx, actor, patientId, (db) => alertsFor(db, [patientId], true));
}

export async function getCaseloadAlerts(ctx: AppContext, actor: Actor) {
  requireClinician(actor);
  const caseload = await listCaseload(ctx.db, actor.accountId);
  return alertsFor(
    ctx.db,
    caseload.map((p) => p.id),
    false,
  );
}

export function acknowledgeAlert(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  key: string,
  alertKey: string,
) {
  return writeForPatient(ctx, { actor, patientId, requestId: key, allowed: ['clinician'] }, async (db) => {
    const programme = await findProgramme(db, patientId, 'active');
    if (programme === undefined) throw new ConflictError('No programme is running');
    const known = (await listAlerts(db, [patientId])).some(
      (a) => a.alert_key === alertKey && a.programme_id === programme.id,
    );
    if (!known) throw new NotFoundError('No such alert');
    await ackRow(db, programme.id, alertKey, actor.accountId);
    return { alertKey, acknowledgedAt: ctx.clock.now().toISOString() };
  });
}
