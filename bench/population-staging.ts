// The staging tables a year-long life is loaded into once per template, and the SQL that copies each
// template to every patient inside PostgreSQL (placeholder ids swapped for the patient's own), for
// bench/population.ts.
import { riskRank } from '../packages/server/src/engine/risk.ts';
import { HISTORY_DAYS, PLACEHOLDER, type Template } from './population-data.ts';

const [WALK, OTHER] = PLACEHOLDER.exercises;

export const STAGING = `
  create table bench_template (template int primary key, reference float8, profile text, snapshot text,
    view text, mode text, flags jsonb, risk_rank int, last_day int,
    ex0_name text, ex0_unit text, ex0_step float8, ex0_max float8, ex0_per_week int,
    ex1_name text, ex1_unit text, ex1_step float8, ex1_max float8, ex1_per_week int);
  create table bench_event (template int, idx int, day int, type text, rank int, exercise text, payload jsonb);
  create table bench_decision (template int, event_index int, day int, exercise text, zone text, action text,
    quota float8, previous_quota float8, reason text, reason_code text, reason_params jsonb, inputs jsonb,
    position int, event_rank int);
  create table bench_notice (template int, event_index int, day int, kind text, payload text, alert_key text,
    position int);
  create table bench_patient (n int primary key, template int, patient_id uuid, programme_id uuid, ex0 uuid,
    ex1 uuid, clinician_id uuid, start_date date, name text, email text, zone text, started boolean);
`;

export function templateRows(templates: Template[]) {
  const rows = {
    template: [] as unknown[][],
    event: [] as unknown[][],
    decision: [] as unknown[][],
    notice: [] as unknown[][],
  };
  for (const [t, template] of templates.entries()) {
    const [a, b] = template.exercises;
    const step = (e: typeof a) => e?.step ?? (e?.unit === 'seconds' ? 5 : 1);
    rows.template.push([
      t,
      template.profile.referenceMorningPain,
      JSON.stringify(template.profile),
      template.snapshot,
      template.view,
      template.mode,
      JSON.stringify(template.flags),
      riskRank(JSON.parse(template.view)),
      template.lastDay,
      a?.name,
      a?.unit,
      step(a),
      a?.maxQuota,
      a?.perWeek,
      b?.name,
      b?.unit,
      step(b),
      b?.maxQuota,
      b?.perWeek,
    ]);
    for (const [i, e] of template.events.entries())
      rows.event.push([t, i, e.day, e.type, e.rank, e.exercise, e.payload]);
    for (const d of template.decisions) {
      rows.decision.push([
        t,
        d.eventIndex,
        d.day,
        d.exercise,
        d.zone,
        d.action,
        d.quota,
        d.previousQuota,
        d.reason,
        d.reasonCode,
        d.reasonParams,
        d.inputs,
        d.position,
        d.eventRank,
      ]);
    }
    for (const n of template.notices)
      rows.notice.push([t, n.eventIndex, n.day, n.kind, n.payload, n.alertKey, n.position]);
  }
  return rows;
}

/** Text with the template's placeholder ids swapped for the patient's own (SQL). */
const swap = (column: string) =>
  `replace(replace(replace(replace(${column}, '${PLACEHOLDER.programme}', p.programme_id::text),
    '${PLACEHOLDER.patient}', p.patient_id::text), '${WALK}', p.ex0::text), '${OTHER}', p.ex1::text)`;
const exerciseOf = (column: string) =>
  `case ${column} when '${WALK}' then p.ex0 when '${OTHER}' then p.ex1 end`;
/** Ids of events and their order are derived, so decisions can name the event that caused them. */
const eventId = (index: string) => `md5(p.patient_id::text || ':' || ${index})::uuid`;
const eventSeq = (index: string) => `(p.n::bigint * 10000 + ${index})`;

export const CLONES: Record<string, string> = {
  account: `
    insert into account (id, email, password_hash, display_name, role, time_zone, locale)
    select patient_id, email, 'not-a-login', name, 'patient', zone, 'en' from bench_patient`,
  patient: `
    insert into patient (id, reference_morning_pain, screening, screening_status, mode, flags, risk_rank)
    select p.patient_id, t.reference,
      '{"clearance":{"general":[false,false,false,false,false,false,false]},"redFlags":[],"pem":false}',
      'clear', case when p.started then t.mode end, case when p.started then t.flags else '[]' end,
      case when p.started then t.risk_rank else 9 end
    from bench_patient p join bench_template t using (template)`,
  care_link: `insert into care_link (clinician_id, patient_id) select clinician_id, patient_id from bench_patient`,
  programme: `
    insert into programme (id, patient_id, status, start_date, profile, created_by, started_at)
    select p.programme_id, p.patient_id, 'active', p.start_date, ${swap('t.profile')}::jsonb, p.clinician_id, now()
    from bench_patient p join bench_template t using (template) where p.started`,
  programme_exercise: `
    insert into programme_exercise (id, programme_id, position, name, unit, step, max_quota, per_week)
    select p.ex0, p.programme_id, 0, t.ex0_name, t.ex0_unit, t.ex0_step, t.ex0_max, t.ex0_per_week
    from bench_patient p join bench_template t using (template) where p.started
    union all
    select p.ex1, p.programme_id, 1, t.ex1_name, t.ex1_unit, t.ex1_step, t.ex1_max, t.ex1_per_week
    from bench_patient p join bench_template t using (template) where p.started`,
  engine_state: `
    insert into engine_state (programme_id, patient_id, snapshot, view, last_day)
    select p.programme_id, p.patient_id, ${swap('t.snapshot')}::jsonb, ${swap('t.view')}::jsonb, t.last_day
    from bench_patient p join bench_template t using (template) where p.started`,
  engine_event: `
    insert into engine_event (id, patient_id, programme_id, local_date, day, type, rank, seq, exercise_id, payload)
    overriding system value
    select ${eventId('e.idx')}, p.patient_id, p.programme_id, p.start_date + (e.day - 1), e.day, e.type, e.rank,
      ${eventSeq('e.idx')}, ${exerciseOf('e.exercise')},
      case when e.exercise is null then e.payload else jsonb_set(e.payload, '{exercise}', to_jsonb(${exerciseOf('e.exercise')})) end
    from bench_patient p join bench_event e using (template) where p.started`,
  decision: `
    insert into decision (programme_id, patient_id, day, local_date, exercise_id, zone, action, quota, previous_quota,
      reason, reason_code, reason_params, inputs, event_id, event_rank, event_seq, position)
    select p.programme_id, p.patient_id, d.day, p.start_date + (d.day - 1), ${exerciseOf('d.exercise')}, d.zone,
      d.action, d.quota, d.previous_quota, d.reason, d.reason_code, d.reason_params, d.inputs,
      case when d.event_index < 0 then null else ${eventId('d.event_index')} end, d.event_rank,
      case when d.event_index < 0 then 0 else ${eventSeq('d.event_index')} end, d.position
    from bench_patient p join bench_decision d using (template) where p.started`,
  notice: `
    insert into notice (programme_id, patient_id, day, local_date, kind, payload, alert_key, event_id, position)
    select p.programme_id, p.patient_id, x.day, p.start_date + (x.day - 1), x.kind, ${swap('x.payload')}::jsonb,
      ${swap('x.alert_key')}, case when x.event_index < 0 then null else ${eventId('x.event_index')} end, x.position
    from bench_patient p join bench_notice x using (template) where p.started`,
  // Most alerts older than a month were seen by the clinician; one patient in five has none seen.
  alert_ack: `
    insert into alert_ack (programme_id, alert_key, acknowledged_by)
    select distinct n.programme_id, n.alert_key, p.clinician_id
    from notice n join bench_patient p on p.programme_id = n.programme_id
    where n.alert_key is not null and n.day < ${HISTORY_DAYS - 30} and p.n % 5 <> 0`,
};
