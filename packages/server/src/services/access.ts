// Who may reach a person's record. A patient reaches only their own; a clinician only patients who
// accepted their invitation. A record the actor cannot reach is "not found" (no hint that it exists);
// a reachable record the actor's role may not change is "forbidden". Every access is audited.
import { appendAudit } from '../db/repositories/audit.ts';
import { countClinicians, hasCareLink } from '../db/repositories/care-links.ts';
import type { Executor } from '../db/repositories/executor.ts';
import { ForbiddenError, NotFoundError } from '../errors.ts';
import type { Actor } from './context.ts';

export type Relation = 'self' | 'clinician';

/** Who may do an operation: the person, their clinician, or the person only when self-guided. */
export type Allowed = 'self' | 'clinician' | 'self-guided';

export interface PatientAccess {
  relation: Relation;
  /** No clinician follows this person (they record their own clearance and programme); only
   * looked up when the operation allows self-guided people, else null. */
  selfGuided: boolean | null;
}

export async function authorisePatient(
  db: Executor,
  actor: Actor,
  patientId: string,
  allowed: Allowed[],
  action: 'read' | 'write',
): Promise<PatientAccess> {
  let relation: Relation | null = null;
  if (actor.role === 'patient' && actor.accountId === patientId) relation = 'self';
  else if (actor.role === 'clinician' && (await hasCareLink(db, actor.accountId, patientId)))
    relation = 'clinician';
  if (relation === null) throw new NotFoundError('No such patient');
  const selfGuided = allowed.includes('self-guided')
    ? relation === 'self' && (await countClinicians(db, patientId)) === 0
    : null;
  const ok =
    (relation === 'self' && allowed.includes('self')) ||
    (relation === 'clinician' && allowed.includes('clinician')) ||
    selfGuided === true;
  if (!ok) {
    throw new ForbiddenError(
      relation === 'self' ? 'Only your clinician can do this' : 'Only the patient can do this',
    );
  }
  await appendAudit(db, { actorId: actor.accountId, patientId, action, route: actor.route });
  return { relation, selfGuided };
}

export function requireAdmin(actor: Actor): void {
  if (!actor.isAdmin) throw new ForbiddenError('Only an admin can do this');
}

export function requireClinician(actor: Actor): void {
  if (actor.role !== 'clinician') throw new ForbiddenError('Only a clinician can do this');
}
