// Accounts: patients and clinicians, one of them (or more) an admin.
import { type Insertable, sql, type Updateable } from 'kysely';
import type { AccountTable, Role } from '../schema.ts';
import type { Executor } from './executor.ts';

export function countAccounts(db: Executor) {
  return db
    .selectFrom('account')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export function findAccountByEmail(db: Executor, email: string) {
  return db.selectFrom('account').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findAccount(db: Executor, id: string) {
  return db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertAccount(db: Executor, row: Insertable<AccountTable>): Promise<void> {
  await db.insertInto('account').values(row).execute();
}

export async function updateAccount(
  db: Executor,
  id: string,
  patch: Updateable<AccountTable>,
): Promise<void> {
  await db.updateTable('account').set(patch).where('id', '=', id).execute();
}

export async function deleteAccount(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('account').where('id', '=', id).execute();
}

export function listAccountsByRole(db: Executor, role: Role) {
  return db.selectFrom('account').selectAll().where('role', '=', role).orderBy('created_at').execute();
}

export function countActiveAdmins(db: Executor) {
  return db
    .selectFrom('account')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('is_admin', '=', true)
    .where('disabled_at', 'is', null)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

const SIGN_UP_LOCK = 7_406_001;

/** One sign-up at a time decides who is first (and so admin); held until the transaction ends. */
export async function lockSignUps(db: Executor): Promise<void> {
  await sql`select pg_advisory_xact_lock(${SIGN_UP_LOCK})`.execute(db);
}
