// Caseload reasons that follow their rule (issue 12): whether the plateau rule still holds is kept beside
// the other caseload facts, and a PHQ-2 of 3 or more is an alert a clinician acknowledges on the measure
// itself (it can come before any programme, so not in alert_ack, which belongs to a programme).
import type { Kysely } from 'kysely';
import { refreshLaterCaseloadFactsQuery } from '../repositories/caseload.ts';
import { runStatements } from './run-statements.ts';

export async function up(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table caseload_facts add column plateau_holds boolean;
    alter table measure add column acknowledged_at timestamptz;
    alter table measure add column acknowledged_by uuid references account on delete set null;
  `,
  );
  await refreshLaterCaseloadFactsQuery(null).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runStatements(
    db,
    `
    alter table measure drop column if exists acknowledged_by;
    alter table measure drop column if exists acknowledged_at;
    alter table caseload_facts drop column if exists plateau_holds;
  `,
  );
}
