// A clinician's caseload, sorted by what needs attention (services/attention.ts), searchable,
// filterable by tier, a page at a time. Ranking reads one compact row per person; the reasons in
// words (alert dates, exercise names) are read for the page's people only.
import { ATTENTION_TIERS, TIERS, type Tier, type TierReason } from '@steadily/core';
import { appendAudit } from '../db/repositories/audit.ts';
import {
  type CaseloadRow,
  listCaseloadRows,
  listExerciseNames,
  listOpenAlerts,
} from '../db/repositories/caseload.ts';
import { ValidationError } from '../errors.ts';
import { requireClinician } from './access.ts';
import { ADHERENCE_WINDOW_DAYS, type Adherence, alertCause, attentionOf, tierOfCause } from './attention.ts';
import type { Actor, AppContext } from './context.ts';
import { addDays, localDateOfDay } from './local-date.ts';

export type CaseloadFilterName = 'all' | 'attention' | Tier;

export interface CaseloadQuery {
  search?: string;
  filter?: CaseloadFilterName;
  limit?: number;
  cursor?: string;
}

type Reason = TierReason;

interface Ranked {
  row: CaseloadRow;
  tier: Tier;
  tiers: Tier[];
  adherence: Adherence | null;
  sortKey: [number, string, string];
}

/** Sessions on the 14 days before today; a worse week noted in the last 8 days (the week rule's hold). */
function byDate(row: CaseloadRow, from: string): { sessions: number; weekWorseRecent: boolean } {
  let sessions = 0;
  for (const date of row.session_dates) if (date >= from && date < row.today) sessions++;
  return { sessions, weekWorseRecent: weekWorseRecent(row) };
}

function weekWorseRecent(row: CaseloadRow): boolean {
  const day = row.days_running === null ? null : row.days_running + 1;
  return row.week_worse_day !== null && day !== null && row.week_worse_day >= day - 7;
}

function rank(row: CaseloadRow, windowStart: (today: string) => string): Ranked {
  const dated = byDate(row, windowStart(row.today));
  const attention = attentionOf({
    mode: row.mode,
    screeningStatus: row.screening_status,
    cleared: row.cleared,
    hasProgramme: row.programme_id !== null,
    daysRunning: row.days_running,
    paused: row.paused ?? [],
    openFlareStartDay: row.open_flare_start_day,
    openAlertKeys: row.open_alerts,
    weekWorseRecent: dated.weekWorseRecent,
    sessions: dated.sessions,
    perWeek: row.per_week,
    phq2Alert: row.phq2_alert !== null,
  });
  return {
    row,
    ...attention,
    sortKey: [TIERS.indexOf(attention.tier), row.display_name.toLowerCase(), row.id],
  };
}

function compare(a: [number, string, string], b: [number, string, string]): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0;
}

function encodeCursor(key: [number, string, string]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string): [number, string, string] {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(key) &&
      key.length === 3 &&
      typeof key[0] === 'number' &&
      typeof key[1] === 'string' &&
      typeof key[2] === 'string'
    ) {
      return key as [number, string, string];
    }
  } catch {
    // falls through to the error below
  }
  throw new ValidationError('cursor', 'is not a cursor this list gave out');
}

function matches(filter: CaseloadFilterName, r: Ranked): boolean {
  if (filter === 'all') return true;
  if (filter === 'attention') return ATTENTION_TIERS.includes(r.tier);
  return r.tiers.includes(filter);
}

type AlertRow = Awaited<ReturnType<typeof listOpenAlerts>>[number];

/**
 * Whether the rule behind a flag's alert still holds. Plateau and a worse week are judged again over
 * the weeks; once the rule no longer holds, an unacknowledged alert shows as "earlier" (issue 12).
 */
function ruleHolds(cause: string, r: Ranked): boolean {
  if (cause === 'plateau') return r.row.plateau_holds !== false;
  if (cause === 'week_worse') return weekWorseRecent(r.row);
  return true;
}

function reasonsOf(r: Ranked, alerts: AlertRow[], names: Map<string, string>): Reason[] {
  const reasons: Reason[] = [];
  const { row } = r;
  if (row.phq2_alert !== null) {
    const { id, local_date, total, latest } = row.phq2_alert;
    reasons.push({
      code: 'safety',
      cause: 'phq2',
      localDate: local_date,
      alertKey: `measure:phq2:${id}`,
      total,
      ...(!latest && { earlier: true }),
    });
  }
  if (r.tiers.includes('stopped')) {
    // Stopped before any programme: a red flag in the safety questions.
    reasons.push(row.programme_id === null ? { code: 'stopped', cause: 'screening' } : { code: 'stopped' });
  }
  for (const alert of alerts) {
    const key = alert.alert_key as string;
    const cause = alertCause(key);
    const tier = tierOfCause(cause);
    if (tier === null) continue;
    const exerciseId = typeof alert.payload.exercise === 'string' ? alert.payload.exercise : undefined;
    reasons.push({
      code: tier,
      cause,
      localDate: alert.local_date,
      alertKey: key,
      ...(exerciseId !== undefined && { exerciseId, exerciseName: names.get(exerciseId) ?? '' }),
      ...(!ruleHolds(cause, r) && { earlier: true }),
    });
  }
  for (const exerciseId of row.paused ?? []) {
    reasons.push({ code: 'paused', exerciseId, exerciseName: names.get(exerciseId) ?? '' });
  }
  if (r.tiers.includes('week_worse') && !reasons.some((x) => x.code === 'week_worse')) {
    reasons.push({ code: 'week_worse' });
  }
  if (r.tiers.includes('low_adherence') && r.adherence !== null) {
    reasons.push({ code: 'low_adherence', ...r.adherence });
  }
  if (r.tiers.includes('in_flare') && row.open_flare_start_day !== null && row.start_date !== null) {
    reasons.push({ code: 'in_flare', localDate: localDateOfDay(row.start_date, row.open_flare_start_day) });
  }
  for (const code of ['needs_clearance', 'not_started'] as const) {
    if (r.tiers.includes(code)) reasons.push({ code });
  }
  const order = (x: Reason) => (x.code === 'paused' ? TIERS.indexOf('safety') : TIERS.indexOf(x.code));
  return reasons.sort((a, b) => order(a) - order(b));
}

export function getCaseload(ctx: AppContext, actor: Actor, query: CaseloadQuery) {
  requireClinician(actor);
  const filter = query.filter ?? 'all';
  const limit = query.limit ?? 50;
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
  // One transaction: one snapshot for the ranking and the page's details, one commit (with the audit row).
  return ctx.db.transaction().execute(async (db) => {
    const rows = await listCaseloadRows(db, {
      clinicianId: actor.accountId,
      now: ctx.clock.now(),
      ...(query.search !== undefined && { search: query.search }),
    });
    // A caseload has two or three distinct todays (time zones): each window's first day worked out once.
    const starts = new Map<string, string>();
    const windowStart = (today: string) => {
      const from = starts.get(today) ?? addDays(today, -ADHERENCE_WINDOW_DAYS);
      starts.set(today, from);
      return from;
    };
    const ranked = rows.map((row) => rank(row, windowStart)).sort((a, b) => compare(a.sortKey, b.sortKey));
    const counts = Object.fromEntries(TIERS.map((t) => [t, 0])) as Record<Tier, number>;
    for (const r of ranked) counts[r.tier]++;
    const chosen = ranked.filter((r) => matches(filter, r));
    const rest = after === null ? chosen : chosen.filter((r) => compare(r.sortKey, after) > 0);
    const page = rest.slice(0, limit);
    const programmeIds = page.flatMap((r) => (r.row.programme_id === null ? [] : [r.row.programme_id]));
    const alerts = await listOpenAlerts(db, programmeIds);
    const names = new Map((await listExerciseNames(db, programmeIds)).map((e) => [e.id, e.name]));
    await appendAudit(db, { actorId: actor.accountId, patientId: null, action: 'list', route: actor.route });
    const last = page.at(-1);
    return {
      patients: page.map((r) => ({
        id: r.row.id,
        displayName: r.row.display_name,
        email: r.row.email,
        tier: r.tier,
        tiers: r.tiers,
        mode: r.row.mode,
        screeningStatus: r.row.screening_status,
        flags: r.row.flags,
        programme:
          r.row.programme_id === null || r.row.start_date === null
            ? null
            : { id: r.row.programme_id, startDate: r.row.start_date },
        hasDraft: r.row.has_draft,
        adherence: r.adherence,
        reasons: reasonsOf(
          r,
          alerts.filter((a) => a.programme_id === r.row.programme_id),
          names,
        ),
      })),
      nextCursor: last !== undefined && rest.length > limit ? encodeCursor(last.sortKey) : null,
      total: chosen.length,
      counts,
    };
  });
}
