// The programme as a CarePlan (SNOMED CT 229065009 exercise therapy), each dose as a ServiceRequest that
// replaces the one before, and each engine decision's Provenance with the engine Device as its author.
import type {
  CarePlan,
  CarePlanActivity,
  Condition,
  Patient,
  Practitioner,
  Provenance,
  Reference,
  ServiceRequest,
} from '@medplum/fhirtypes';
import { type Action, setsNotation, setsOf } from '@steadily/core';
import type { RecordDecision, RecordExercise, RecordProgramme } from '../record.ts';
import { CODES, concept } from './codes.ts';
import { amount, type BuildContext, ref } from './context.ts';
import type { Dose } from './doses.ts';
import { resourceId } from './ids.ts';

const PARTICIPANT_TYPE = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';

const ACTION_LABELS: Record<Action, string> = {
  start: 'Start at a first quota',
  progress: 'Progress the quota',
  hold: 'Hold the quota',
  step_back: 'Step the quota back',
  flare: 'Flare quota (60% of before)',
  rebuild: 'Rebuild after a flare',
  pause: 'Pause the exercise',
  stop: 'Stop the programme',
  set: 'Quota set by a person',
};

const UNIT_WORDS = { minutes: 'minutes', seconds: 'seconds', reps: 'repetitions' } as const;

export const carePlanId = (programme: RecordProgramme) => resourceId('CarePlan', programme.id);

function exerciseCode(ctx: BuildContext, exercise: RecordExercise) {
  const library =
    exercise.libraryExerciseId === null
      ? []
      : [ctx.canon.code('exercise', exercise.libraryExerciseId, exercise.name)];
  return { coding: [CODES.exerciseTherapy, ...library], text: exercise.name };
}

/**
 * Who wrote the plan: the clinician (or the person) who built it; a self-guided person when that is not
 * stored and no clinician follows them; otherwise left out rather than guessed.
 */
function authorOf(ctx: BuildContext, programme: RecordProgramme): Reference<Patient | Practitioner>[] {
  if (programme.createdBy) return [ctx.personRef(programme.createdBy)];
  if (ctx.record.clinicians !== undefined && ctx.record.clinicians.length === 0) return [ctx.patient];
  return [];
}

export function carePlan(
  ctx: BuildContext,
  programme: RecordProgramme,
  doses: Map<string, Dose[]>,
  conditions: Condition[] = [],
): CarePlan {
  const [author] = authorOf(ctx, programme);
  const activity = programme.exercises.map((exercise): CarePlanActivity => {
    const latest = doses.get(exercise.id)?.at(-1);
    if (latest !== undefined)
      return { reference: ref<ServiceRequest>('ServiceRequest', latest.id, exercise.name) };
    return {
      detail: {
        kind: 'ServiceRequest',
        code: exerciseCode(ctx, exercise),
        status: exercise.removedOn === null ? 'not-started' : 'cancelled',
        description: `${exercise.name}, ${exercise.perWeek} sessions a week; the first quota comes from the baseline trials.`,
      },
    };
  });
  const status = { draft: 'draft', active: 'active', ended: 'completed' } as const;
  return {
    resourceType: 'CarePlan',
    id: carePlanId(programme),
    status: status[programme.status],
    intent: 'plan',
    category: [concept(CODES.exerciseTherapy, 'Exercise therapy')],
    title: 'Steadily graded exercise programme',
    description:
      'Quota-based graded exercise: each quota goes up, holds or steps back from the pain during, after ' +
      'and the next morning.',
    subject: ctx.patient,
    ...(author === undefined ? {} : { author }),
    ...(conditions.length > 0
      ? { addresses: conditions.map((c) => ref<Condition>('Condition', c.id as string, c.code?.text)) }
      : {}),
    ...(programme.startDate === null
      ? {}
      : { period: { start: programme.startDate, ...(programme.endDate ? { end: programme.endDate } : {}) } }),
    ...(activity.length > 0 ? { activity } : {}),
    ...(programme.flarePlan ? { note: [{ text: `Flare plan: ${programme.flarePlan}` }] } : {}),
  };
}

/**
 * The clinician's sets, load and rest (core/prescription.ts) as order details of the dose in force, e.g.
 * "3 × 8 repetitions", "Load 5 kg". Only the dose in force: the prescription is not versioned, so older
 * doses keep their one quota.
 */
function prescriptionDetails(exercise: RecordExercise | undefined, dose: Dose) {
  if (exercise === undefined || dose.to !== null) return {};
  const split = setsOf(exercise.unit, dose.decision.quota, exercise.sets);
  const details = [
    ...(split === null ? [] : [{ text: `${setsNotation(split)} ${UNIT_WORDS[exercise.unit]}` }]),
    ...(exercise.loadKg === null ? [] : [{ text: `Load ${exercise.loadKg} kg` }]),
    ...(exercise.restSeconds === null ? [] : [{ text: `Rest ${exercise.restSeconds} s between sets` }]),
  ];
  return details.length === 0 ? {} : { orderDetail: details };
}

export function doseRequest(ctx: BuildContext, programme: RecordProgramme, dose: Dose): ServiceRequest {
  const { decision } = dose;
  const exercise = ctx.exercise(decision.exerciseId);
  const name = exercise?.name ?? decision.exerciseId;
  const perWeek = exercise?.perWeek ?? 5;
  const unit = exercise?.unit ?? 'minutes';
  return {
    resourceType: 'ServiceRequest',
    id: dose.id,
    status: dose.status,
    intent: 'order',
    category: [concept(CODES.exerciseTherapy, 'Exercise therapy')],
    code: exercise === undefined ? { text: name } : exerciseCode(ctx, exercise),
    subject: ctx.patient,
    basedOn: [ref<CarePlan>('CarePlan', carePlanId(programme))],
    ...(dose.previous === null
      ? {}
      : { replaces: [ref<ServiceRequest>('ServiceRequest', dose.previous.id)] }),
    ...prescriptionDetails(exercise, dose),
    quantityQuantity: amount(decision.quota, unit),
    occurrenceTiming: {
      repeat: {
        boundsPeriod: { start: dose.from, ...(dose.to === null ? {} : { end: dose.to }) },
        // FHIR frequency is a positive whole number: a plan of 0 a week keeps only the bounds.
        ...(Math.round(perWeek) >= 1
          ? { frequency: Math.round(perWeek), period: 1, periodUnit: 'wk' as const }
          : {}),
      },
    },
    // The day the dose was decided, not when the row was (re)written or exported.
    authoredOn: decision.localDate,
    requester: ctx.engine,
    reasonCode: [{ text: decision.reason }],
    patientInstruction: `${name}: ${decision.quota} ${UNIT_WORDS[unit]} a session, ${perWeek} sessions a week.`,
  };
}

/** `target` is the dose the decision put in force, or the one it kept (holds, pauses, stops). */
export function decisionProvenance(ctx: BuildContext, decision: RecordDecision, target: string): Provenance {
  const detail = [
    ...(decision.zone === null ? [] : [{ url: 'zone', valueCode: decision.zone }]),
    { url: 'quota', valueDecimal: decision.quota },
    { url: 'previousQuota', valueDecimal: decision.previousQuota },
    { url: 'reason', valueString: decision.reason },
    { url: 'inputs', valueString: JSON.stringify(decision.inputs) },
    // The dosing model and rules version in use, e.g. "personal/2" (issue 11, docs/dosing.md).
    ...(decision.dosing === undefined ? [] : [{ url: 'dosing', valueString: decision.dosing }]),
  ];
  return {
    resourceType: 'Provenance',
    id: resourceId('Provenance', decision.id),
    extension: [{ url: ctx.canon.extension('engine-decision'), extension: detail }],
    target: [{ reference: target }],
    occurredDateTime: decision.localDate,
    recorded: decision.createdAt,
    ...(decision.dosing === undefined
      ? {}
      : { policy: [ctx.canon.codeSystem(`dosing-model#${decision.dosing}`)] }),
    activity: {
      coding: [ctx.canon.code('engine-action', decision.action, ACTION_LABELS[decision.action])],
      text: ACTION_LABELS[decision.action],
    },
    agent: [
      {
        // A quota someone set is recorded, not decided, by the engine.
        type: concept(
          decision.action === 'set'
            ? { system: PARTICIPANT_TYPE, code: 'assembler', display: 'Assembler' }
            : { system: PARTICIPANT_TYPE, code: 'author', display: 'Author' },
        ),
        who: ctx.engine,
      },
    ],
  };
}
