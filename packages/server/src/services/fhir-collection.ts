// Everyone's record (or one person's) as FHIR R4 for `steadily export --fhir`: one collection Bundle,
// written entry by entry so its size is not bounded by memory, from one consistent snapshot. What
// belongs to no one person — the engine Device, Steadily's Questionnaires — appears once. Each record
// read is written to the audit log (no account behind it: the operator ran the command).
import type { Kysely } from 'kysely';
import { appendAudit } from '../db/repositories/audit.ts';
import { listPatientIds } from '../db/repositories/patients.ts';
import type { DB } from '../db/schema.ts';
import { NotFoundError } from '../errors.ts';
import { buildPatientBundle } from '../interop/fhir/bundle.ts';
import { resourceId } from '../interop/fhir/ids.ts';
import { loadPersonRecord } from './person-record.ts';

/** What several people's records share appears once: the engine, the Questionnaires, a clinician. */
const SHARED = new Set(['Device', 'Questionnaire', 'Practitioner']);
const EXPORT_ROUTE = 'CLI steadily export --fhir';

export interface FhirCollectionOptions {
  /** Only this person; everyone when absent. */
  patientId?: string;
  /** FHIR base the entries' fullUrls hang off. */
  baseUrl: string;
  now: Date;
}

export function exportFhirCollection(
  db: Kysely<DB>,
  options: FhirCollectionOptions,
  write: (text: string) => Promise<void>,
): Promise<{ patients: number; entries: number }> {
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (tx) => {
      const everyone = await listPatientIds(tx);
      const ids =
        options.patientId === undefined ? everyone : everyone.filter((id) => id === options.patientId);
      if (options.patientId !== undefined && ids.length === 0)
        throw new NotFoundError(`no patient with id ${options.patientId}`);
      const head = {
        resourceType: 'Bundle',
        id: resourceId('Bundle', options.patientId ?? 'everyone', options.now.toISOString()),
        type: 'collection',
        timestamp: options.now.toISOString(),
      };
      await write(`${JSON.stringify(head).slice(0, -1)},"entry":[`);
      const seen = new Set<string>();
      let entries = 0;
      for (const patientId of ids) {
        const record = await loadPersonRecord(tx, patientId);
        const bundle = buildPatientBundle(record, { baseUrl: options.baseUrl, now: options.now });
        for (const entry of bundle.entry ?? []) {
          const type = entry.resource?.resourceType ?? '';
          if (SHARED.has(type)) {
            if (seen.has(entry.fullUrl ?? '')) continue;
            seen.add(entry.fullUrl ?? '');
          }
          await write(`${entries === 0 ? '\n' : ',\n'}${JSON.stringify(entry)}`);
          entries += 1;
        }
        await appendAudit(tx, { actorId: null, patientId, action: 'export', route: EXPORT_ROUTE });
      }
      await write('\n]}\n');
      return { patients: ids.length, entries };
    });
}
