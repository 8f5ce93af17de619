// Alerts for clinicians: clinician_alert notices (red flags, safety symptoms…) and raised flags, each
// acknowledged once per programme. Acknowledgements survive replays (they are keyed, not row ids).
import { listCaseload } from '../db/repositories/care-links.ts';
import { PHQ2_ALERT_AT } from '../db/repositories/caseload.ts';
import type { Executor } from '../db/repositories/executor.ts';
import { acknowledgeMeasure, listPhq2Alerts } from '../db/repositories/measures.ts';
import { acknowledgeAlert as ackRow, listAlerts } from '../db/repositories/outputs.ts';
import { findProgramme } from '../db/repositories/programmes.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { requireClinician } from './access.ts';
import type { Actor, AppContext } from './context.ts';
import { readForPatient, writeForPatient } from './write.ts';

const PHQ2_KEY = 'measure:phq2:';

/** A PHQ-2 of 3 or more as an alert: not a programme day, so `day` is null. */
async function phq2AlertsFor(db: Executor, patientIds: string[], includeAcknowledged: boolean) {
  const rows = await listPhq2Alerts(db, patientIds, PHQ2_ALERT_AT);
  return rows
    .filter((r) => includeAcknowledged || r.acknowledged_at === null)
    .map((r) => ({
      patientId: r.patient_id,
      alertKey: `${PHQ2_KEY}${r.id}`,
      kind: 'clinician_alert',
      details: { cause: 'phq2', total: r.total, week: r.week } as Record<string, unknown>,
      day: null,
      localDate: r.local_date,
      acknowledgedAt: r.acknowledged_at?.toISOString() ?? null,
      acknowledgedBy:
        r.acknowledged_by === null
          ? null
          : { id: r.acknowledged_by, displayName: r.acknowledged_by_name ?? '' },
    }));
}

async function alertsFor(db: Executor, patientIds: string[], includeAcknowledged: boolean) {
  const rows = await listAlerts(db, patientIds);
  const engineAlerts = rows
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
  return [...(await phq2AlertsFor(db, patientIds, includeAcknowledged)), ...engineAlerts];
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
    // A PHQ-2 alert belongs to the measure, which can come before any programme.
    if (alertKey.startsWith(PHQ2_KEY)) {
      const measureId = alertKey.slice(PHQ2_KEY.length);
      const known = (await listPhq2Alerts(db, [patientId], PHQ2_ALERT_AT)).find((m) => m.id === measureId);
      if (known === undefined) throw new NotFoundError('No such alert');
      if (known.acknowledged_at === null) {
        await acknowledgeMeasure(db, patientId, measureId, actor.accountId, ctx.clock.now());
      }
      return { alertKey, acknowledgedAt: ctx.clock.now().toISOString() };
    }
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
