// What an admin does: manage clinicians (disable, make admin) and read the audit log. An admin does
// not reach patients' records through this role.
import {
  countActiveAdmins,
  findAccount,
  listAccountsByRole,
  updateAccount,
} from '../db/repositories/accounts.ts';
import { listAudit } from '../db/repositories/audit.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { requireAdmin } from './access.ts';
import type { Actor, AppContext } from './context.ts';
import { revokeOtherSessions } from './sign-in.ts';

function clinicianView(row: Awaited<ReturnType<typeof listAccountsByRole>>[number]) {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    isAdmin: row.is_admin,
    disabled: row.disabled_at !== null,
    createdAt: row.created_at.toISOString(),
  };
}

export async function listClinicians(ctx: AppContext, actor: Actor) {
  requireAdmin(actor);
  return (await listAccountsByRole(ctx.db, 'clinician')).map(clinicianView);
}

export async function updateClinician(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  patch: { disabled?: boolean; isAdmin?: boolean },
) {
  requireAdmin(actor);
  return ctx.db.transaction().execute(async (db) => {
    const row = await findAccount(db, accountId);
    if (row === undefined || row.role !== 'clinician') throw new NotFoundError('No such clinician');
    const losesAdmin = row.is_admin && (patch.isAdmin === false || patch.disabled === true);
    if (losesAdmin && (await countActiveAdmins(db)) <= 1)
      throw new ConflictError('A server needs at least one admin');
    const changes = {
      ...(patch.isAdmin !== undefined && { is_admin: patch.isAdmin }),
      ...(patch.disabled !== undefined && { disabled_at: patch.disabled ? ctx.clock.now() : null }),
    };
    if (Object.keys(changes).length > 0) await updateAccount(db, accountId, changes);
    if (patch.disabled === true) await revokeOtherSessions(db, accountId, null);
    return clinicianView((await findAccount(db, accountId)) as NonNullable<typeof row>);
  });
}

export async function readAuditLog(
  ctx: AppContext,
  actor: Actor,
  filter: { patientId?: string; beforeId?: number; limit?: number },
) {
  requireAdmin(actor);
  const rows = await listAudit(ctx.db, { ...filter, limit: filter.limit ?? 100 });
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorId: r.actor_id,
    patientId: r.patient_id,
    action: r.action,
    route: r.route,
  }));
}
