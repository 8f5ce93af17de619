// Single-use invitations: a clinician invites a patient, an admin invites a clinician.
import type { Insertable } from 'kysely';
import type { InvitationTable } from '../schema.ts';
import type { Executor } from './executor.ts';

export async function insertInvitation(db: Executor, row: Insertable<InvitationTable>): Promise<void> {
  await db.insertInto('invitation').values(row).execute();
}

export function findInvitationByCodeHash(db: Executor, codeHash: string) {
  return db
    .selectFrom('invitation as i')
    .innerJoin('account as a', 'a.id', 'i.created_by')
    .selectAll('i')
    .select(['a.display_name as inviter_name', 'a.disabled_at as inviter_disabled_at'])
    .where('i.code_hash', '=', codeHash)
    .executeTakeFirst();
}

export function listInvitationsBy(db: Executor, createdBy: string) {
  return db
    .selectFrom('invitation')
    .selectAll()
    .where('created_by', '=', createdBy)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function markInvitationAccepted(db: Executor, id: string, accountId: string, at: Date) {
  const result = await db
    .updateTable('invitation')
    .set({ accepted_at: at, accepted_by: accountId })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function revokeInvitation(db: Executor, id: string, createdBy: string, at: Date) {
  const result = await db
    .updateTable('invitation')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('created_by', '=', createdBy)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
