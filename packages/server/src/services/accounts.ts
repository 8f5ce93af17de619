// Accounts: sign-up (the first account becomes admin; others join self-guided or by invitation),
// the signed-in person's own profile, password change, and deletion with every piece of their data.
import { randomUUID } from 'node:crypto';
import {
  countAccounts,
  countActiveAdmins,
  deleteAccount as deleteAccountRow,
  findAccount,
  findAccountByEmail,
  insertAccount,
  lockSignUps,
  updateAccount,
} from '../db/repositories/accounts.ts';
import { insertPatient } from '../db/repositories/patients.ts';
import type { AccountRow, Role } from '../db/schema.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors.ts';
import type { Actor, AppContext } from './context.ts';
import { acceptInvitationIn, findUsableInvitation } from './invitations.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { createSession, type NewSession, normaliseEmail, revokeOtherSessions } from './sign-in.ts';

export interface SignUpInput {
  email: string;
  password: string;
  displayName: string;
  timeZone: string;
  locale?: string;
  role?: Role;
  invitationCode?: string;
}

export function accountView(row: AccountRow) {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    isAdmin: row.is_admin,
    timeZone: row.time_zone,
    locale: row.locale,
    textSize: row.text_size,
    lowEnergy: row.low_energy,
    createdAt: row.created_at.toISOString(),
  };
}

export async function signUp(
  ctx: AppContext,
  input: SignUpInput,
  userAgent: string | null,
): Promise<NewSession> {
  const email = normaliseEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction().execute(async (db) => {
    await lockSignUps(db);
    if ((await findAccountByEmail(db, email)) !== undefined) {
      throw new ConflictError('An account with this email already exists', 'email');
    }
    const invitation =
      input.invitationCode === undefined
        ? undefined
        : await findUsableInvitation(db, ctx, input.invitationCode);
    if (invitation?.email != null && normaliseEmail(invitation.email) !== email) {
      throw new ValidationError('email', 'This invitation is for another email address');
    }
    // The first account of a fresh install becomes admin: the first to sign up on their own while no
    // admin exists (an invited account, like the demo accounts, never becomes admin this way).
    const first = invitation === undefined && (await countActiveAdmins(db)) === 0;
    let role: Role = invitation?.kind ?? input.role ?? 'patient';
    if (invitation === undefined && !first) {
      if (input.role === 'clinician')
        throw new ForbiddenError('Clinicians join with an invitation from an admin');
      if (!ctx.settings.allowSelfSignUp)
        throw new ForbiddenError('Sign-up needs an invitation on this server');
      role = 'patient';
    }
    const id = randomUUID();
    await insertAccount(db, {
      id,
      email,
      password_hash: passwordHash,
      display_name: input.displayName,
      role,
      is_admin: first,
      time_zone: input.timeZone,
      locale: input.locale ?? 'en',
      disabled_at: null,
    });
    if (role === 'patient') await insertPatient(db, id);
    if (invitation !== undefined) await acceptInvitationIn(db, ctx, invitation, id);
    return createSession(db, ctx, id, userAgent);
  });
}

export async function getAccount(ctx: AppContext, accountId: string) {
  const row = await findAccount(ctx.db, accountId);
  if (row === undefined) throw new NotFoundError('No such account');
  return accountView(row);
}

export function getMe(ctx: AppContext, actor: Actor) {
  return getAccount(ctx, actor.accountId);
}

export async function updateMe(
  ctx: AppContext,
  actor: Actor,
  patch: {
    displayName?: string;
    timeZone?: string;
    locale?: string;
    textSize?: AccountRow['text_size'];
    lowEnergy?: boolean;
  },
) {
  const changes = {
    ...(patch.displayName !== undefined && { display_name: patch.displayName }),
    ...(patch.timeZone !== undefined && { time_zone: patch.timeZone }),
    ...(patch.locale !== undefined && { locale: patch.locale }),
    ...(patch.textSize !== undefined && { text_size: patch.textSize }),
    ...(patch.lowEnergy !== undefined && { low_energy: patch.lowEnergy }),
  };
  if (Object.keys(changes).length > 0) await updateAccount(ctx.db, actor.accountId, changes);
  return getMe(ctx, actor);
}

async function requirePassword(ctx: AppContext, accountId: string, password: string, field: string) {
  const row = await findAccount(ctx.db, accountId);
  if (row === undefined) throw new NotFoundError('No such account');
  if (!(await verifyPassword(row.password_hash, password)))
    throw new ValidationError(field, 'Wrong password');
  return row;
}

/** Changes the password and signs out every other session. */
export async function changePassword(
  ctx: AppContext,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
) {
  await requirePassword(ctx, actor.accountId, input.currentPassword, 'currentPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (db) => {
    await updateAccount(db, actor.accountId, { password_hash: passwordHash });
    await revokeOtherSessions(db, actor.accountId, actor.sessionId);
  });
}

/** Deletes the account and, by cascade, every row of the person's data (the audit trail keeps ids). */
export async function deleteMe(ctx: AppContext, actor: Actor, password: string) {
  const row = await requirePassword(ctx, actor.accountId, password, 'password');
  await ctx.db.transaction().execute(async (db) => {
    if (row.is_admin && (await countActiveAdmins(db)) <= 1 && (await countAccounts(db)) > 1) {
      throw new ConflictError('Make another account admin before deleting the last admin');
    }
    await deleteAccountRow(db, actor.accountId);
  });
}
