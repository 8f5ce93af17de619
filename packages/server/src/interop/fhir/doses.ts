// The doses of a record: every decision that put a new quota in force starts a dose, which lasts until
// the next one for the same exercise. Each becomes a ServiceRequest; the newest per exercise is the one
// in force, the older ones are revoked and replaced by their successor.
import type { ServiceRequest } from '@medplum/fhirtypes';
import { DOSE_ACTIONS, type PersonRecord, type RecordDecision } from '../record.ts';
import { resourceId } from './ids.ts';

export interface Dose {
  id: string;
  decision: RecordDecision;
  /** First local date it is in force, and the date the next dose took over (null: still in force). */
  from: string;
  to: string | null;
  previous: Dose | null;
  status: ServiceRequest['status'];
}

/** Doses per exercise id, oldest first. Decisions are taken in the record's order (the engine's order). */
export function dosesOf(record: PersonRecord): Map<string, Dose[]> {
  const doses = new Map<string, Dose[]>();
  for (const decision of record.decisions) {
    if (!DOSE_ACTIONS.has(decision.action)) continue;
    const list = doses.get(decision.exerciseId) ?? [];
    const previous = list.at(-1) ?? null;
    if (previous !== null) previous.to = decision.localDate;
    list.push({
      id: resourceId('ServiceRequest', decision.id),
      decision,
      from: decision.localDate,
      to: null,
      previous,
      status: 'revoked',
    });
    doses.set(decision.exerciseId, list);
  }
  for (const [exerciseId, list] of doses) {
    const latest = list.at(-1);
    if (latest !== undefined) latest.status = currentStatus(record, exerciseId, latest);
  }
  return doses;
}

function currentStatus(record: PersonRecord, exerciseId: string, latest: Dose): ServiceRequest['status'] {
  const programme = record.programme;
  if (programme?.status === 'ended') return 'completed';
  if (programme?.exercises.find((e) => e.id === exerciseId)?.removedOn) return 'revoked';
  const decisions = record.decisions.filter((d) => d.exerciseId === exerciseId);
  const after = decisions.slice(decisions.indexOf(latest.decision) + 1);
  // A pausing symptom or a safety stop keeps the quota but holds the dose until a clinician resumes it.
  return after.some((d) => d.action === 'pause' || d.action === 'stop') ? 'on-hold' : 'active';
}

/** The dose in force on a local date (decisions on that date count: mornings come before sessions). */
export function doseOn(doses: Dose[] | undefined, localDate: string): Dose | undefined {
  return doses?.findLast((d) => d.from <= localDate);
}
