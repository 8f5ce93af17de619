// The PDF progress reports for a date range (interop/report): the person's own (second person, plain
// words) and the clinician report for a GP or an insurer (third person, identifiers, MCIDs). Read in one
// transaction, rendered after it, in the person's language unless the reader asks for the other. Both
// are open to the person and their clinicians: a self-guided person can hand the clinician report to a
// GP, and it says truthfully that no clinician is linked.
import type { Language } from '@steadily/core';
import { findAccount } from '../db/repositories/accounts.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import { renderClinicianReport, renderReport } from '../interop/report/render.ts';
import type { Actor, AppContext } from './context.ts';
import { addDays, daysBetween, localDateOf } from './local-date.ts';
import { loadPersonRecord } from './person-record.ts';
import { readForPatient } from './write.ts';

/** Two years: the chart has one point a day and stays readable on an A4 page. */
const MAX_DAYS = 731;
/** Without `from` and no programme yet: the last four weeks. */
const DEFAULT_DAYS = 28;

export interface ReportQuery {
  from?: string;
  to?: string;
  lang?: Language;
}

function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** From the programme's first day (at most two years back), else the last four weeks. */
function defaultFrom(startDate: string | null, to: string): string {
  if (startDate === null || startDate > to) return addDays(to, 1 - DEFAULT_DAYS);
  const earliest = addDays(to, 1 - MAX_DAYS);
  return startDate < earliest ? earliest : startDate;
}

export type ReportAudience =
  | { audience: 'person' }
  /** `service`: the clinic or service the report comes from (STEADILY_SERVICE_NAME or the host). */
  | { audience: 'clinician'; service: string };

export async function getProgressReport(
  ctx: AppContext,
  actor: Actor,
  patientId: string,
  query: ReportQuery,
  audience: ReportAudience = { audience: 'person' },
) {
  const now = ctx.clock.now();
  const { record, range, language } = await readForPatient(ctx, actor, patientId, async (db) => {
    const account = await findAccount(db, patientId);
    if (account === undefined) throw new NotFoundError('No such patient');
    const record = await loadPersonRecord(db, patientId);
    const to = query.to ?? localDateOf(now, account.time_zone);
    const from = query.from ?? defaultFrom(record.programme?.startDate ?? null, to);
    return { record, range: { from, to }, language: query.lang ?? languageOf(account.locale) };
  });
  if (range.from > range.to) throw new ValidationError('from', `must be on or before ${range.to}`);
  if (daysBetween(range.from, range.to) >= MAX_DAYS)
    throw new ValidationError('to', `the report covers at most ${MAX_DAYS} days`);
  const options = { range, now, language };
  const pdf =
    audience.audience === 'clinician'
      ? await renderClinicianReport(record, { ...options, service: audience.service })
      : await renderReport(record, options);
  return { pdf, range, language, displayName: record.patient.displayName };
}
