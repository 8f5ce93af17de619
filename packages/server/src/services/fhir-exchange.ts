// FHIR R4 in and out of a person's record (SPEC §13): the whole record as one collection Bundle
// (interop/fhir/bundle.ts), and pain scores from another app taken in as morning check-ins through the
// very path of a check-in sent from the app (services/logs.ts), one entry at a time.
import type { Bundle } from '@medplum/fhirtypes';
import { findExistingEventIds } from '../db/repositories/events.ts';
import { ConflictError, ValidationError } from '../errors.ts';
import { buildPatientBundle } from '../interop/fhir/bundle.ts';
import { uuidV5 } from '../interop/fhir/ids.ts';
import { type ImportedPain, type ImportProblem, importPainBundle } from '../interop/fhir/import.ts';
import { type Allowed, authorisePatient } from './access.ts';
import type { Actor, AppContext } from './context.ts';
import { localDateOf } from './local-date.ts';
import { logMorning } from './logs.ts';
import { loadPersonRecord } from './person-record.ts';
import { requirePatient } from './screening.ts';
import { readForPatient } from './write.ts';

/** A person brings their own pain diary; their clinician may bring it in for them. */
const IMPORTERS: Allowed[] = ['self', 'clinician'];

export function getFhirBundle(ctx: AppContext, actor: Actor, patientId: string, baseUrl: string) {
  return readForPatient(ctx, actor, patientId, async (db): Promise<Bundle> => {
    const record = await loadPersonRecord(db, patientId);
    return buildPatientBundle(record, { baseUrl, now: ctx.clock.now() });
  });
}

export interface ImportedCheckIn {
  path: string;
  localDate: string;
  pain: number;
  /** The check-in's id: the Idempotency-Key it was stored with. */
  eventId: string;
}

export interface FhirImportOutcome {
  /** New morning check-ins. */
  imported: ImportedCheckIn[];
  /** Check-ins this file (or an earlier import of it) already brought in: nothing changed. */
  unchanged: ImportedCheckIn[];
  /** Pain scores that could not be taken, with the path of the entry and why. */
  rejected: ImportProblem[];
  /** Entries left alone: not pain scores, or scores from another time of day. */
  ignored: ImportProblem[];
}

/**
 * The key a score is stored under: from the entry's fullUrl or resource id (else its date and value),
 * and the person, so importing the same file again — by the person or their clinician — changes nothing.
 */
function importKey(patientId: string, pain: ImportedPain): string {
  return uuidV5(`fhir-import/${patientId}/${pain.sourceId ?? `${pain.localDate}/${pain.pain}`}`);
}

export async function importFhirPain(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  bundle: unknown,
  options: { allMorning: boolean },
): Promise<FhirImportOutcome> {
  // Access first: nothing of the file is read for a record the actor cannot reach.
  const patient = await ctx.db.transaction().execute(async (db) => {
    await authorisePatient(db, actor, patientId, IMPORTERS, 'write');
    return requirePatient(db, patientId);
  });
  const today = localDateOf(ctx.clock.now(), patient.time_zone);
  const parsed = importPainBundle(bundle, {
    timeZone: patient.time_zone,
    today,
    allMorning: options.allMorning,
  });
  const outcome: FhirImportOutcome = {
    imported: [],
    unchanged: [],
    rejected: parsed.rejected,
    ignored: parsed.ignored,
  };
  for (const reading of parsed.accepted.filter((p) => p.kind === 'reading')) {
    outcome.ignored.push({
      path: reading.path,
      message:
        'is a pain score from another time of day: Steadily keeps one morning check-in a day ' +
        '(send allMorning=true if the scores in this file are morning scores)',
    });
  }
  const mornings = parsed.accepted
    .filter((p) => p.kind === 'morning')
    .map((p) => ({ pain: p, key: importKey(patientId, p) }))
    .sort((a, b) => (a.pain.localDate < b.pain.localDate ? -1 : 1));
  const existing = await findExistingEventIds(
    ctx.db,
    patientId,
    mornings.map((m) => m.key),
  );
  for (const { pain, key } of mornings) {
    const checkIn = { path: pain.path, localDate: pain.localDate, pain: pain.pain, eventId: key };
    if (existing.has(key)) {
      outcome.unchanged.push(checkIn);
      continue;
    }
    try {
      await logMorning(
        ctx,
        actor,
        patientId,
        key,
        { localDate: pain.localDate, pain: pain.pain },
        IMPORTERS,
        true,
      );
      outcome.imported.push(checkIn);
    } catch (error) {
      const problem = refusal(error);
      if (problem === null) throw error;
      outcome.rejected.push({ path: `${pain.path}.resource.${problem.field}`, message: problem.message });
    }
  }
  return outcome;
}

/** Why the check-in path refused one score (a day that already has a check-in…), or null for a fault. */
function refusal(error: unknown): { field: string; message: string } | null {
  if (error instanceof ConflictError && error.field === 'localDate')
    return { field: 'effectiveDateTime', message: `${error.message}: left as it was` };
  if (error instanceof ValidationError && error.field === 'localDate')
    return { field: 'effectiveDateTime', message: error.message };
  if (error instanceof ConflictError || (error instanceof Error && error.name === 'EngineError'))
    return { field: 'valueInteger', message: error.message };
  return null;
}
