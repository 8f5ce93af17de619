// A person's record as interop/'s one input (interop/record.ts, mapped as interop/README.md says): the
// active programme (else the latest), its sessions with "quota" resolved to the quota in force, morning
// check-ins, measures, flares as local dates, decisions in the engine's order, and notes.
import type { ConditionId, MeasureKind, PresetId, ReasonCode } from '@steadily/core';
import { listCliniciansOf } from '../db/repositories/care-links.ts';
import { listDosingEvents, listPatientEvents } from '../db/repositories/events.ts';
import type { Executor } from '../db/repositories/executor.ts';
import { listLibraryModalities } from '../db/repositories/library.ts';
import { listMeasuresWithAuthors } from '../db/repositories/measures.ts';
import { listNotes } from '../db/repositories/notes.ts';
import { listDecisions, listNotices } from '../db/repositories/outputs.ts';
import { findPatient } from '../db/repositories/patients.ts';
import {
  findProgramme,
  listBaselineTrials,
  listExercises,
  listProgrammesOf,
} from '../db/repositories/programmes.ts';
import type { DecisionRow, ProgrammeRow } from '../db/schema.ts';
import { NotFoundError } from '../errors.ts';
import type { PersonRecord, RecordMeasure, RecordPerson } from '../interop/record.ts';
import { localDateOf, localDateOfDay } from './local-date.ts';
import { flaresFrom, quotaAt } from './progress.ts';

/**
 * The dosing model and rules version each decision was made under ("classic/1", "personal/2"): the
 * programme's start profile, then its dated `set_dosing` events in the engine's order (day, rank, arrival).
 */
async function dosingAt(db: Executor, row: ProgrammeRow) {
  const profile = (row.profile ?? {}) as { dosing?: string; rulesVersion?: number };
  const start = { dosing: profile.dosing ?? 'classic', rulesVersion: profile.rulesVersion ?? 1 };
  const changes = await listDosingEvents(db, row.id);
  return (d: DecisionRow): string | undefined => {
    if (row.profile === null) return undefined;
    let now = start;
    for (const c of changes) {
      const day = c.day as number;
      const before =
        day < d.day ||
        (day === d.day && (c.rank < d.event_rank || (c.rank === d.event_rank && c.seq <= d.event_seq)));
      if (!before) break;
      now = {
        dosing: String(c.payload.dosing),
        rulesVersion: Number(c.payload.rulesVersion ?? now.rulesVersion),
      };
    }
    const model =
      typeof d.inputs === 'object' && d.inputs !== null
        ? (d.inputs as { dosing?: unknown }).dosing
        : undefined;
    return `${typeof model === 'string' ? model : now.dosing}/${now.rulesVersion}`;
  };
}

const KIND: Record<string, MeasureKind> = { PEG: 'peg', PSEQ: 'pseq', PSFS: 'psfs', PHQ2: 'phq2' };
const number = (value: unknown) => (typeof value === 'number' ? value : null);

export async function loadPersonRecord(db: Executor, patientId: string): Promise<PersonRecord> {
  const account = await findPatient(db, patientId);
  if (account === undefined) throw new NotFoundError('No such person');
  const timeZone = account.time_zone;
  const clinicians = (await listCliniciansOf(db, patientId)).map(
    (c): RecordPerson => ({ id: c.id, name: c.display_name, role: 'clinician' }),
  );
  const self: RecordPerson = { id: account.id, name: account.display_name, role: 'patient' };
  /** An author id as a person: the person, one of their clinicians, or a clinician no longer linked. */
  const personOf = (id: string | null, role?: string | null, name?: string | null): RecordPerson | null => {
    if (id === null) return null;
    if (id === self.id) return self;
    return (
      clinicians.find((c) => c.id === id) ?? {
        id,
        name: name ?? null,
        role: role === 'patient' ? 'patient' : 'clinician',
      }
    );
  };
  const row =
    (await findProgramme(db, patientId, 'active')) ?? (await listProgrammesOf(db, patientId)).at(-1);
  const decisions = row === undefined ? [] : await listDecisions(db, row.id);
  const dosingOf = row === undefined ? () => undefined : await dosingAt(db, row);
  const events = (
    await listPatientEvents(db, patientId, { types: ['session', 'morning'], limit: 1_000_000 })
  ).reverse();
  const measures = (await listMeasuresWithAuthors(db, patientId)).map((m): RecordMeasure => {
    const psfs = m.instrument === 'PSFS' ? (m.items as { name: string; score: number }[]) : null;
    return {
      id: m.id,
      kind: KIND[m.instrument] as MeasureKind,
      week: m.week,
      localDate: m.local_date,
      items: psfs === null ? (m.items as number[]) : psfs.map((a) => a.score),
      ...(psfs !== null && { labels: psfs.map((a) => a.name) }),
      score: m.total,
      enteredBy: personOf(m.created_by, m.author_role, m.author_name),
    };
  });
  let programme: PersonRecord['programme'] = null;
  let flares: PersonRecord['flares'] = [];
  if (row !== undefined) {
    const trials = await listBaselineTrials(db, row.id);
    const rows = await listExercises(db, row.id);
    const modalities = await listLibraryModalities(
      db,
      rows.flatMap((e) => (e.library_exercise_id === null ? [] : [e.library_exercise_id])),
    );
    const exercises = rows.map((e) => {
      const values = trials.filter((t) => t.exercise_id === e.id).map((t) => t.value);
      return {
        id: e.id,
        name: e.name,
        unit: e.unit,
        step: e.step,
        maxQuota: e.max_quota,
        modality: e.library_exercise_id === null ? null : (modalities.get(e.library_exercise_id) ?? null),
        perWeek: e.per_week,
        libraryExerciseId: e.library_exercise_id,
        baseline: values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length,
        removedOn: e.removed_at === null ? null : localDateOf(e.removed_at, timeZone),
        sets: e.sets,
        loadKg: e.load_kg,
        restSeconds: e.rest_seconds,
      };
    });
    programme = {
      id: row.id,
      status: row.status,
      startDate: row.start_date,
      endDate: row.ended_at === null ? null : localDateOf(row.ended_at, timeZone),
      flarePlan: row.flare_plan,
      exercises,
      createdBy: personOf(row.created_by),
      dosing: row.dosing,
    };
    const start = row.start_date;
    if (start !== null) {
      flares = flaresFrom(await listNotices(db, row.id)).map((f) => ({
        startDate: localDateOfDay(start, f.startDay),
        endDate: f.endDay === null ? null : localDateOfDay(start, f.endDay),
      }));
    }
  }
  return {
    patient: {
      id: account.id,
      displayName: account.display_name,
      birthYear: null,
      timeZone,
      conditions: account.conditions as ConditionId[],
      presets: account.presets as PresetId[],
    },
    clinicians,
    programme,
    sessions: events
      .filter((e) => e.type === 'session' && e.programme_id === row?.id)
      .map((e) => ({
        id: e.id,
        localDate: e.local_date,
        exerciseId: e.exercise_id as string,
        done: e.payload.done === 'quota' ? quotaAt(decisions, e) : Number(e.payload.done),
        peak: Number(e.payload.peak),
        after: number(e.payload.after),
        before: number(e.payload.before),
        effort: number(e.payload.effort),
        note: typeof e.payload.note === 'string' ? e.payload.note : null,
      })),
    checkIns: events
      .filter((e) => e.type === 'morning')
      .map((e) => ({ id: e.id, localDate: e.local_date, pain: Number(e.payload.pain) })),
    measures,
    flares,
    decisions: decisions.map((d) => ({
      id: String(d.id),
      localDate: d.local_date,
      exerciseId: d.exercise_id,
      action: d.action,
      zone: d.zone,
      quota: d.quota,
      previousQuota: d.previous_quota,
      reason: d.reason,
      reasonCode: d.reason_code as ReasonCode,
      reasonParams: d.reason_params,
      inputs: d.inputs as Record<string, number | string | boolean | null>,
      createdAt: d.decided_at.toISOString(),
      ...(dosingOf(d) !== undefined && { dosing: dosingOf(d) }),
    })),
    notes: (await listNotes(db, patientId)).reverse().map((n) => ({
      id: n.id,
      createdAt: n.created_at.toISOString(),
      authorName: n.author_name ?? null,
      text: n.text,
    })),
  };
}
