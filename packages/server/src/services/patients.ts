// A clinician's caseload (sorted by risk) or the patient themselves, and one person's record.
import { appendAudit } from '../db/repositories/audit.ts';
import { listCaseload, listCliniciansOf } from '../db/repositories/care-links.ts';
import { findProgramme } from '../db/repositories/programmes.ts';
import type { Actor, AppContext } from './context.ts';
import { requirePatient } from './screening.ts';
import { readForPatient } from './write.ts';

export async function listPatients(ctx: AppContext, actor: Actor) {
  if (actor.role === 'patient') {
    const me = await readForPatient(ctx, actor, actor.accountId, (db) => requirePatient(db, actor.accountId));
    return [
      {
        id: me.id,
        displayName: me.display_name,
        email: me.email,
        mode: me.mode,
        flags: me.flags,
        riskRank: me.risk_rank,
        screeningStatus: me.screening_status,
      },
    ];
  }
  const rows = await listCaseload(ctx.db, actor.accountId);
  await appendAudit(ctx.db, {
    actorId: actor.accountId,
    patientId: null,
    action: 'list',
    route: actor.route,
  });
  return rows.map((r) => ({
    id: r.id,
    displayName: r.display_name,
    email: r.email,
    mode: r.mode,
    flags: r.flags,
    riskRank: r.risk_rank,
    screeningStatus: r.screening_status,
  }));
}

export function getPatient(ctx: AppContext, actor: Actor, patientId: string) {
  return readForPatient(ctx, actor, patientId, async (db) => {
    const p = await requirePatient(db, patientId);
    const active = await findProgramme(db, patientId, 'active');
    const draft = await findProgramme(db, patientId, 'draft');
    const clinicians = await listCliniciansOf(db, patientId);
    return {
      id: p.id,
      displayName: p.display_name,
      email: p.email,
      timeZone: p.time_zone,
      locale: p.locale,
      selfGuided: clinicians.length === 0,
      clinicians: clinicians.map((c) => ({ id: c.id, displayName: c.display_name })),
      conditions: p.conditions,
      presets: p.presets,
      thresholds: p.thresholds,
      referenceMorningPain: p.reference_morning_pain,
      screening: p.screening,
      screeningStatus: p.screening_status,
      pacing: p.pacing,
      clearance: p.clearance,
      mode: p.mode,
      flags: p.flags,
      riskRank: p.risk_rank,
      programme: {
        active: active?.id ?? null,
        activeStartDate: active?.start_date ?? null,
        draft: draft?.id ?? null,
      },
    };
  });
}
