// How every write to a person's record runs: one transaction that checks access, takes the person's
// lock (writes for one person serialise, across processes), then returns the first result for a
// request id it has seen, or runs the write and stores its result with it.

import { refreshCaseloadFacts } from '../db/repositories/caseload.ts';
import type { Executor } from '../db/repositories/executor.ts';
import { findIdempotentResult, lockRequestId, saveIdempotentResult } from '../db/repositories/idempotency.ts';
import { lockPatient } from '../db/repositories/patients.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { type Allowed, authorisePatient, type PatientAccess } from './access.ts';
import type { Actor, AppContext } from './context.ts';

export interface WriteScope {
  actor: Actor;
  patientId: string;
  requestId: string;
  allowed: Allowed[];
}

export function writeForPatient<T>(
  ctx: AppContext,
  scope: WriteScope,
  write: (db: Executor, access: PatientAccess) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction().execute(async (db) => {
    const access = await authorisePatient(db, scope.actor, scope.patientId, scope.allowed, 'write');
    if (!(await lockPatient(db, scope.patientId))) throw new NotFoundError('No such patient');
    const result = await once(db, scope.actor, scope.requestId, () => write(db, access), scope.patientId);
    // The caseload's facts about this person follow every write, in the same transaction.
    await refreshCaseloadFacts(db, scope.patientId, ctx.clock.now());
    return result;
  });
}

/**
 * The idempotency step alone (also for writes that are not about one person, like invitations). A key
 * counts for one account, one route and one target record: the same key sent for another patient is a
 * conflict, never that patient's answer.
 */
export async function once<T>(
  db: Executor,
  actor: Actor,
  requestId: string,
  write: () => Promise<T>,
  target = '',
): Promise<T> {
  const route = target === '' ? actor.route : `${actor.route} ${target}`;
  await lockRequestId(db, requestId);
  const prior = await findIdempotentResult(db, requestId);
  if (prior !== undefined) {
    if (prior.account_id !== actor.accountId || prior.route !== route) {
      throw new ConflictError('This Idempotency-Key was already used for another request', 'idempotency-key');
    }
    return prior.response as T;
  }
  // Through JSON once, so the first answer and every repeat are the same bytes.
  const result = JSON.parse(JSON.stringify(await write())) as T;
  await saveIdempotentResult(db, {
    requestId,
    accountId: actor.accountId,
    route,
    response: result,
  });
  return result;
}

export function readForPatient<T>(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  read: (db: Executor, access: PatientAccess) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction().execute(async (db) => {
    const access = await authorisePatient(db, actor, patientId, ['self', 'clinician'], 'read');
    return read(db, access);
  });
}
