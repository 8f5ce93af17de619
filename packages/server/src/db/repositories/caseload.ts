// A clinician's caseload, one compact row per person with what ranking them needs: mode, screening,
// the active programme, its open (unacknowledged) alerts, a recent worse week, and the sessions of the
// last 14 days against the sessions planned. Every per-person read goes through an index
// (engine_event_sessions, notice_programme_alerts, alert_ack's key, notice_week_worse,
// programme_exercise_per_week): no scan of events. The open alerts are worked out by the caller from
// two small arrays per person (all alert keys, acknowledged keys), cheaper than an anti-join per row.
import type { Mode } from '@steadily/core';
import { sql } from 'kysely';
import type { Executor } from './executor.ts';

export interface CaseloadRow {
  id: string;
  display_name: string;
  email: string;
  mode: Mode | null;
  flags: string[];
  screening_status: string | null;
  cleared: boolean;
  programme_id: string | null;
  start_date: string | null;
  has_draft: boolean;
  today: string;
  paused: string[] | null;
  open_flare: { startDay: number } | null;
  /** Every alert key of the active programme, and those acknowledged (the open ones are the difference). */
  alert_keys: string[];
  acknowledged_keys: string[];
  week_worse_recent: boolean;
  sessions: number;
  per_week: number;
}

export interface CaseloadFilter {
  clinicianId: string;
  now: Date;
  /** Matches the name or email, case-insensitively, anywhere. */
  search?: string;
}

function likePattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function caseloadQuery(filter: CaseloadFilter) {
  const pattern = filter.search === undefined || filter.search === '' ? null : likePattern(filter.search);
  return sql<CaseloadRow>`
    select a.id, a.display_name, a.email, p.mode, p.flags, p.screening_status,
      p.clearance is not null as cleared,
      pr.id as programme_id, to_char(pr.start_date, 'YYYY-MM-DD') as start_date,
      exists (select 1 from programme d where d.patient_id = l.patient_id and d.status = 'draft') as has_draft,
      to_char(c.today, 'YYYY-MM-DD') as today,
      es.view -> 'paused' as paused, es.view -> 'openFlare' as open_flare,
      array(select n.alert_key from notice n where n.programme_id = pr.id and n.alert_key is not null) as alert_keys,
      array(select k.alert_key from alert_ack k where k.programme_id = pr.id) as acknowledged_keys,
      coalesce(ww.recent, false) as week_worse_recent,
      coalesce(ad.sessions, 0) as sessions,
      coalesce(pw.per_week, 0) as per_week
    from care_link l
    join account a on a.id = l.patient_id
    join patient p on p.id = l.patient_id
    cross join lateral (
      select (${filter.now.toISOString()}::timestamptz at time zone a.time_zone)::date as today
    ) c
    left join programme pr on pr.patient_id = l.patient_id and pr.status = 'active'
    left join engine_state es on es.programme_id = pr.id
    left join lateral (
      select true as recent
      from notice n
      where n.programme_id = pr.id and n.kind = 'ask_how_you_are'
        and n.day >= (c.today - pr.start_date) + 1 - 7
      limit 1
    ) ww on true
    left join lateral (
      select count(*)::int as sessions
      from engine_event e
      where pr.id is not null and e.patient_id = l.patient_id and e.type = 'session'
        and e.local_date >= c.today - 14 and e.local_date < c.today
    ) ad on true
    left join lateral (
      select sum(x.per_week)::int as per_week
      from programme_exercise x
      where x.programme_id = pr.id and x.removed_at is null
    ) pw on true
    where l.clinician_id = ${filter.clinicianId}
      and (${pattern}::text is null or a.display_name ilike ${pattern} or a.email ilike ${pattern})
  `;
}

/**
 * Reads the caseload in the caller's transaction, with JIT compilation off for it: the planner's cost
 * for thousands of small index probes passes PostgreSQL's JIT threshold, and compiling costs more
 * (~70 ms for a caseload of 2,000) than the whole query saves.
 */
export async function listCaseloadRows(db: Executor, filter: CaseloadFilter): Promise<CaseloadRow[]> {
  await sql`set local jit = off`.execute(db);
  return (await caseloadQuery(filter).execute(db)).rows;
}

/** Names of the exercises of some programmes, for reasons that name an exercise. */
export function listExerciseNames(db: Executor, programmeIds: string[]) {
  if (programmeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('programme_exercise')
    .select(['id', 'programme_id', 'name'])
    .where('programme_id', 'in', programmeIds)
    .execute();
}

/** The open (unacknowledged) alerts of some programmes, oldest first, one row per alert key. */
export function listOpenAlerts(db: Executor, programmeIds: string[]) {
  if (programmeIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('notice as n')
    .distinctOn(['n.programme_id', 'n.alert_key'])
    .select(['n.programme_id', 'n.alert_key', 'n.kind', 'n.payload', 'n.day', 'n.local_date'])
    .where('n.programme_id', 'in', programmeIds)
    .where('n.alert_key', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('alert_ack as k')
            .select('k.alert_key')
            .whereRef('k.programme_id', '=', 'n.programme_id')
            .whereRef('k.alert_key', '=', 'n.alert_key'),
        ),
      ),
    )
    .orderBy('n.programme_id')
    .orderBy('n.alert_key')
    .orderBy('n.id')
    .execute();
}
