// A clinician's caseload. What ranking a person needs is kept in caseload_facts, refreshed in the
// transaction of every write to their record (services/write.ts, and the day-end tick): the active
// programme, its open (unacknowledged) alerts, the day of the last worse week, their session dates of
// the last two weeks, the sessions planned a week, paused exercises, an open flare. Listing then reads
// one row per person and no events at all; what depends on the date (the 14-day session count, a
// worse week in the last 8 days) the caller works out from the stored dates and the person's today.
import type { Mode } from '@steadily/core';
import { sql } from 'kysely';
import type { Executor } from './executor.ts';

/** SPEC §3: a PHQ-2 total of 3 or more suggests talking to a clinician (never a diagnosis). */
export const PHQ2_ALERT_AT = 3;

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
  /** Whole days from the start date to the person's today. */
  days_running: number | null;
  has_draft: boolean;
  paused: string[] | null;
  open_flare_start_day: number | null;
  open_alerts: string[];
  /** The person's today, `YYYY-MM-DD`. */
  today: string;
  /** Programme day of the last worse week (the week rule's ask_how_you_are), if any. */
  week_worse_day: number | null;
  /** Dates of the sessions logged from 15 days before the last write on (`YYYY-MM-DD`). */
  session_dates: string[];
  per_week: number;
  /** Whether the plateau rule still holds at the latest event (null: not known yet). */
  plateau_holds: boolean | null;
  /** The latest PHQ-2 of 3 or more nobody has acknowledged, and whether it is the latest PHQ-2. */
  phq2_alert: { id: string; local_date: string; total: number; latest: boolean } | null;
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
      f.programme_id, to_char(f.start_date, 'YYYY-MM-DD') as start_date,
      c.today - f.start_date as days_running,
      coalesce(f.has_draft, false) as has_draft,
      f.paused, f.open_flare_start_day,
      coalesce(f.open_alerts, '{}') as open_alerts,
      to_char(c.today, 'YYYY-MM-DD') as today, f.week_worse_day,
      coalesce(f.session_dates, '{}')::text[] as session_dates,
      coalesce(f.per_week, 0) as per_week,
      f.plateau_holds,
      (select json_build_object('id', m.id, 'local_date', to_char(m.local_date, 'YYYY-MM-DD'),
          'total', m.total,
          'latest', not exists (select 1 from measure n where n.patient_id = m.patient_id
            and n.instrument = 'PHQ2' and n.week > m.week))
        from measure m
        where m.patient_id = l.patient_id and m.instrument = 'PHQ2' and m.total >= ${PHQ2_ALERT_AT}
          and m.acknowledged_at is null
        order by m.week desc limit 1) as phq2_alert
    from care_link l
    join account a on a.id = l.patient_id
    join patient p on p.id = l.patient_id
    left join caseload_facts f on f.patient_id = l.patient_id
    cross join lateral (
      select (${filter.now.toISOString()}::timestamptz at time zone a.time_zone)::date as today
    ) c
    where l.clinician_id = ${filter.clinicianId}
      and (${pattern}::text is null or a.display_name ilike ${pattern} or a.email ilike ${pattern})
  `;
}

export async function listCaseloadRows(db: Executor, filter: CaseloadFilter): Promise<CaseloadRow[]> {
  return (await caseloadQuery(filter).execute(db)).rows;
}

/**
 * Works out the facts of some people (null: everyone) from their record, through indexes only
 * (engine_event_sessions, notice_programme_alerts, alert_ack's key, notice_week_worse,
 * programme_exercise_per_week). Session dates are kept from 15 days before the person's today: any
 * later 14-day window (today only moves forward) falls inside them.
 */
export function refreshCaseloadFactsQuery(patientIds: string[] | null, now: Date) {
  return sql`
    insert into caseload_facts (patient_id, programme_id, start_date, has_draft, paused, open_flare_start_day,
      open_alerts, week_worse_day, session_dates, per_week, refreshed_at)
    select p.id, pr.id, pr.start_date,
      exists (select 1 from programme d where d.patient_id = p.id and d.status = 'draft'),
      es.view -> 'paused', (es.view -> 'openFlare' ->> 'startDay')::int,
      array(
        select n.alert_key from notice n where n.programme_id = pr.id and n.alert_key is not null
        except
        select k.alert_key from alert_ack k where k.programme_id = pr.id
      ),
      (select max(n.day) from notice n where n.programme_id = pr.id and n.kind = 'ask_how_you_are'),
      array(
        select e.local_date from engine_event e
        where pr.id is not null and e.patient_id = p.id and e.type = 'session'
          and e.local_date >= (${now.toISOString()}::timestamptz at time zone a.time_zone)::date - 15
        order by e.local_date
      ),
      (select coalesce(sum(x.per_week), 0)::int from programme_exercise x
        where x.programme_id = pr.id and x.removed_at is null),
      ${now.toISOString()}::timestamptz
    from patient p
    join account a on a.id = p.id
    left join programme pr on pr.patient_id = p.id and pr.status = 'active'
    left join engine_state es on es.programme_id = pr.id
    where ${patientIds === null ? sql`true` : sql`p.id = any(${patientIds}::uuid[])`}
    on conflict (patient_id) do update set
      programme_id = excluded.programme_id, start_date = excluded.start_date, has_draft = excluded.has_draft,
      paused = excluded.paused, open_flare_start_day = excluded.open_flare_start_day,
      open_alerts = excluded.open_alerts, week_worse_day = excluded.week_worse_day,
      session_dates = excluded.session_dates, per_week = excluded.per_week, refreshed_at = excluded.refreshed_at
  `;
}

/**
 * Facts added after migration 0006 (which fills the first ones with the query above): whether the
 * plateau rule still holds, from the engine's stored view (unknown until the next write: null).
 */
export function refreshLaterCaseloadFactsQuery(patientIds: string[] | null) {
  return sql`
    update caseload_facts f set plateau_holds = (es.view ->> 'plateauHolds')::boolean
    from engine_state es
    where es.programme_id = f.programme_id
      and ${patientIds === null ? sql`true` : sql`f.patient_id = any(${patientIds}::uuid[])`}
  `;
}

export async function refreshCaseloadFacts(db: Executor, patientId: string, now: Date): Promise<void> {
  await refreshCaseloadFactsQuery([patientId], now).execute(db);
  await refreshLaterCaseloadFactsQuery([patientId]).execute(db);
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
