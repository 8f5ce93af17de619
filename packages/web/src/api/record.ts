// One patient's record as their clinician reads and changes it (docs/api.md: /api/patients/{id}/…):
// settings (clearance, conditions, thresholds, reference pain), the programme, changes to a running
// programme (resume, quota), and the timeline.
import type { Action, ConditionId, Thresholds, Unit, Zone } from '@steadily/core';
import { newClientId } from '../offline/client-id.ts';
import { request } from './client.ts';
import type { DosingView } from './dosing.ts';
import { ApiError } from './errors.ts';
import type { Measure as SavedMeasure } from './measures.ts';
import type { Programme } from './programme.ts';

export { getProgramme, type Programme, type ProgrammeExercise } from './programme.ts';

const base = (patientId: string) => `/patients/${encodeURIComponent(patientId)}`;

function write<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body: unknown): Promise<T> {
  return request<T>(method, path, { body, idempotencyKey: newClientId() });
}

export interface Clearance {
  clearedOn: string;
  clearedBy: string | null;
  recordedBy: string;
  kind: string;
  recordedAt: string;
}

export interface PatientRecord {
  id: string;
  displayName: string;
  email: string;
  timeZone: string;
  locale: string;
  selfGuided: boolean;
  conditions: string[];
  presets: string[];
  thresholds: Partial<Thresholds>;
  referenceMorningPain: number | null;
  screeningStatus: 'clear' | 'needs_clearance' | 'stopped' | null;
  pacing: boolean;
  clearance: Clearance | null;
  mode: string | null;
  flags: string[];
  programme: { active: string | null; activeStartDate: string | null; draft: string | null };
}

export function getPatient(patientId: string): Promise<PatientRecord> {
  return request<PatientRecord>('GET', base(patientId));
}

export function recordClearance(patientId: string, body: { clearedOn: string; clearedBy?: string }) {
  return write<Clearance>('POST', `${base(patientId)}/clearance`, body);
}

export function putConditions(patientId: string, conditions: ConditionId[]) {
  return write<{ conditions: string[]; presets: string[] }>('PUT', `${base(patientId)}/conditions`, {
    conditions,
  });
}

export function putThresholds(patientId: string, thresholds: Partial<Thresholds>) {
  return write<{ thresholds: Partial<Thresholds> }>('PUT', `${base(patientId)}/thresholds`, { thresholds });
}

export function putReferencePain(patientId: string, referenceMorningPain: number) {
  return write<unknown>('PUT', `${base(patientId)}/reference-pain`, { referenceMorningPain });
}

export interface ExerciseInput {
  name: string;
  instructions?: string;
  unit: Unit;
  step?: number;
  maxQuota?: number;
  perWeek?: number;
  libraryExerciseId?: string;
  baseline?: number[];
  sets?: number;
  loadKg?: number;
  restSeconds?: number;
}

export interface PrescriptionInput {
  sets: number | null;
  loadKg: number | null;
  restSeconds: number | null;
}

/** The clinician changes the sets, load and rest of one exercise; the engine's quota stays. */
export function putPrescription(patientId: string, exerciseId: string, body: PrescriptionInput) {
  return write<Programme>(
    'PUT',
    `${base(patientId)}/programme/exercises/${encodeURIComponent(exerciseId)}/prescription`,
    body,
  );
}

export function putProgramme(patientId: string, body: { exercises: ExerciseInput[]; flarePlan?: string }) {
  return write<Programme>('PUT', `${base(patientId)}/programme`, body);
}

export function startProgramme(patientId: string, startDate?: string, dosing?: 'classic' | 'personal') {
  return write<Programme>('POST', `${base(patientId)}/programme/start`, {
    ...(startDate && { startDate }),
    ...(dosing !== undefined && { dosing }),
  });
}

export function addExercise(patientId: string, body: ExerciseInput) {
  return write<ChangeOutcome>('POST', `${base(patientId)}/programme/exercises`, body);
}

export function removeExercise(patientId: string, exerciseId: string) {
  return write<ChangeOutcome>(
    'DELETE',
    `${base(patientId)}/programme/exercises/${encodeURIComponent(exerciseId)}`,
    undefined,
  );
}

export interface Decision {
  id: number;
  day: number;
  localDate: string;
  exerciseId: string;
  zone: Zone | null;
  action: Action;
  quota: number;
  previousQuota: number;
  reason: string;
  reasonCode: string;
  reasonParams: Record<string, string | number>;
  inputs: Record<string, unknown>;
  eventId: string | null;
  decidedAt: string;
}

export interface ChangeOutcome {
  decisions: Decision[];
  replayedFromDay: number | null;
}

/** After assessment: resume a stopped programme (no exercise) or one paused exercise. */
export function resume(patientId: string, exerciseId?: string) {
  return write<ChangeOutcome>('POST', `${base(patientId)}/resume`, exerciseId ? { exerciseId } : {});
}

export function setQuota(patientId: string, exerciseId: string, quota: number) {
  return write<ChangeOutcome>('POST', `${base(patientId)}/quotas`, { exerciseId, quota });
}

export interface PlanView {
  localDate: string;
  day: number;
  mode: string;
  flags: string[];
  openFlare: { startDay: number; endDay: number | null } | null;
  exercises: {
    id: string;
    name: string;
    unit: Unit;
    step?: number;
    quota: number;
    paused: boolean;
    setsToday?: number[] | null;
    loadKg?: number | null;
    restSeconds?: number | null;
  }[];
  /** The dosing model in force and what it has learned (issue 11). */
  dosing?: DosingView;
}

/** The running plan (today's quotas, paused exercises); null before a programme starts. */
export async function getPlan(patientId: string): Promise<PlanView | null> {
  try {
    return await request<PlanView>('GET', `${base(patientId)}/today`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export interface TimelineEvent {
  id: string;
  type: string;
  localDate: string;
  day: number | null;
  exerciseId: string | null;
  fields: Record<string, unknown>;
  createdAt: string;
}

export interface Notice {
  id: number;
  day: number;
  localDate: string;
  kind: string;
  details: Record<string, unknown>;
  alertKey: string | null;
}

export interface Timeline {
  startDate: string;
  events: TimelineEvent[];
  decisions: Decision[];
  notices: Notice[];
  dosing?: DosingView;
}

export async function getTimeline(patientId: string): Promise<Timeline | null> {
  try {
    return await request<Timeline>('GET', `${base(patientId)}/timeline`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/** A measure as listed: the saved answers, with the change since the first against its MCID. */
export interface Measure extends SavedMeasure {
  changeFromFirst: number | null;
  /** Meaningful change in points (PSEQ 11, PSFS 1.4); null for PEG (a share, below) and PHQ-2. */
  mcid: number | null;
  /** Meaningful change as % lower than the first score (PEG 30); null otherwise. */
  mcidPercent?: number | null;
  meaningfulChange: boolean | null;
}

export function getMeasures(patientId: string): Promise<Measure[]> {
  return request<Measure[]>('GET', `${base(patientId)}/measures`);
}
