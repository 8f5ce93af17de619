// A flag whose rule also alerted the clinician (plateau, boom–bust, frequent or long flares) was stored
// as two open alerts for one event; the flag's notice no longer asks for acknowledgement
// (services/engine-runner.ts). Existing rows follow, and every caseload row is refreshed.
import { type Kysely, sql } from 'kysely';
import { refreshCaseloadFactsQuery } from '../repositories/caseload.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update notice f set alert_key = null
    where f.kind = 'flag_raised' and f.alert_key is not null
      and exists (
        select 1 from notice a
        where a.programme_id = f.programme_id and a.kind = 'clinician_alert'
          and a.payload->>'cause' = f.payload->>'flag'
      )`.execute(db);
  await refreshCaseloadFactsQuery(null, new Date()).execute(db);
}

export async function down(): Promise<void> {
  // Nothing to undo: the alert that stays open is the one the rule raised for the clinician.
}
