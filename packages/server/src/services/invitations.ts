// Invitations: a clinician invites a patient, an admin invites a clinician. A code is single use,
// expires, can be revoked, and is stored only as a hash. Accepting a patient invitation links the
// patient to the clinician: from then on that clinician reaches the patient's record.
import { randomInt } from 'node:crypto';
import { findAccount } from '../db/repositories/accounts.ts';
import { insertCareLink } from '../db/repositories/care-links.ts';
import type { Executor } from '../db/repositories/executor.ts';
import {
  findInvitationByCodeHash,
  insertInvitation,
  listInvitationsBy,
  markInvitationAccepted,
  revokeInvitation as revokeInvitationRow,
} from '../db/repositories/invitations.ts';
import type { Role } from '../db/schema.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors.ts';
import { requireAdmin, requireClinician } from './access.ts';
import type { Actor, AppContext } from './context.ts';
import { normaliseEmail } from './sign-in.ts';
import { hashSecret } from './tokens.ts';
import { once } from './write.ts';

// No 0/O, 1/I/L: easy to read out and type.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function newCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

type InvitationRecord = NonNullable<Awaited<ReturnType<typeof findInvitationByCodeHash>>>;

/** Unused, not revoked, not expired, and its inviter still active (a disabled clinician invites no one). */
function isUsable(row: InvitationRecord | undefined, now: Date): row is InvitationRecord {
  return (
    row !== undefined &&
    row.accepted_at === null &&
    row.revoked_at === null &&
    row.expires_at > now &&
    row.inviter_disabled_at === null
  );
}

function invitationView(row: {
  id: string;
  kind: Role;
  email: string | null;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  created_at: Date;
}) {
  return {
    id: row.id,
    kind: row.kind,
    email: row.email,
    expiresAt: row.expires_at.toISOString(),
    acceptedAt: row.accepted_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

export async function createInvitation(
  ctx: AppContext,
  actor: Actor,
  input: { requestId: string; kind: Role; email?: string; expiresInDays?: number },
) {
  if (input.kind === 'clinician') requireAdmin(actor);
  else requireClinician(actor);
  return ctx.db.transaction().execute((db) =>
    once(db, actor, input.requestId, async () => {
      const code = newCode();
      const now = ctx.clock.now();
      const days = input.expiresInDays ?? ctx.settings.invitationDays;
      const row = {
        id: input.requestId,
        code_hash: hashSecret(normaliseCode(code)),
        kind: input.kind,
        created_by: actor.accountId,
        email: input.email?.trim().toLowerCase() ?? null,
        expires_at: new Date(now.getTime() + days * 86_400_000),
        accepted_at: null,
        accepted_by: null,
        revoked_at: null,
        created_at: now,
      };
      await insertInvitation(db, row);
      return { ...invitationView(row), code, path: `/invite/${code}` };
    }),
  );
}

export async function listInvitations(ctx: AppContext, actor: Actor) {
  if (actor.role !== 'clinician' && !actor.isAdmin)
    throw new ForbiddenError('Only clinicians and admins invite');
  return (await listInvitationsBy(ctx.db, actor.accountId)).map(invitationView);
}

export async function revokeInvitation(ctx: AppContext, actor: Actor, id: string) {
  if (!(await revokeInvitationRow(ctx.db, id, actor.accountId, ctx.clock.now()))) {
    throw new NotFoundError('No such open invitation');
  }
}

/** A valid invitation for this code, or a ValidationError on the field that carried it. */
export async function findUsableInvitation(
  db: Executor,
  ctx: AppContext,
  code: string,
  field = 'invitationCode',
): Promise<InvitationRecord> {
  const row = await findInvitationByCodeHash(db, hashSecret(normaliseCode(code)));
  if (!isUsable(row, ctx.clock.now()))
    throw new ValidationError(field, 'This invitation code is not valid (used, revoked or expired)');
  return row;
}

/** What the sign-up page shows before the person commits (public, by code). */
export async function lookUpInvitation(ctx: AppContext, code: string) {
  const row = await findInvitationByCodeHash(ctx.db, hashSecret(normaliseCode(code)));
  if (!isUsable(row, ctx.clock.now()))
    throw new NotFoundError('This invitation code is not valid (used, revoked or expired)');
  return {
    kind: row.kind,
    invitedBy: row.inviter_name,
    email: row.email,
    expiresAt: row.expires_at.toISOString(),
  };
}

export async function acceptInvitationIn(
  db: Executor,
  ctx: AppContext,
  invitation: InvitationRecord,
  accountId: string,
) {
  if (!(await markInvitationAccepted(db, invitation.id, accountId, ctx.clock.now()))) {
    throw new ConflictError('This invitation was just used', 'invitationCode');
  }
  if (invitation.kind === 'patient')
    await insertCareLink(db, invitation.created_by, accountId, invitation.id);
}

/**
 * A signed-in patient (e.g. self-guided until now) accepts a clinician's invitation. An invitation bound
 * to an email is for that person only, as at sign-up; an admin's account never joins a caseload.
 */
export async function acceptInvitation(ctx: AppContext, actor: Actor, code: string) {
  if (actor.role !== 'patient' || actor.isAdmin)
    throw new ForbiddenError('Only a patient can accept a patient invitation');
  return ctx.db.transaction().execute(async (db) => {
    const invitation = await findUsableInvitation(db, ctx, code, 'code');
    if (invitation.kind !== 'patient') throw new ValidationError('code', 'This code invites a clinician');
    const account = await findAccount(db, actor.accountId);
    if (
      invitation.email !== null &&
      (account === undefined || normaliseEmail(invitation.email) !== normaliseEmail(account.email))
    )
      throw new ValidationError('code', 'This invitation is for another email address');
    await acceptInvitationIn(db, ctx, invitation, actor.accountId);
    return { clinicianId: invitation.created_by, clinicianName: invitation.inviter_name };
  });
}
