// Pain (LOINC 72514-3, the 0–10 NRS) and exercise sessions in the shape of the HL7 Physical Activity IG:
// a panel Observation per session whose members are the activity (73985-4), its duration (55411-3),
// moderate or vigorous minutes (77592-4 / 77593-2) when known, the pain answers and the effort.
import type { Observation, Reference, ServiceRequest } from '@medplum/fhirtypes';
import type { RecordCheckIn, RecordFlare, RecordSession } from '../record.ts';
import { CODES, category, concept, loinc, PAIN_CONTEXTS, type PainContext, UCUM } from './codes.ts';
import { amount, type BuildContext, minutesOf, ref } from './context.ts';
import { resourceId } from './ids.ts';

function base(ctx: BuildContext, id: string, localDate?: string): Omit<Observation, 'code'> {
  const observation: Omit<Observation, 'code'> = {
    resourceType: 'Observation',
    id,
    status: 'final',
    subject: ctx.patient,
  };
  if (localDate !== undefined) observation.effectiveDateTime = localDate;
  return observation;
}

function painObservation(
  ctx: BuildContext,
  context: PainContext,
  key: string,
  localDate: string,
  pain: number,
): Observation {
  return {
    ...base(ctx, resourceId('Observation', key, context), localDate),
    category: [
      category.survey,
      concept(ctx.canon.code('pain-context', context, PAIN_CONTEXTS[context]), PAIN_CONTEXTS[context]),
    ],
    code: concept(CODES.painNrs, 'Pain 0–10'),
    performer: [ctx.patient],
    valueInteger: pain,
  };
}

export const morningObservation = (ctx: BuildContext, checkIn: RecordCheckIn) =>
  painObservation(ctx, 'morning', `check-in/${checkIn.id}`, checkIn.localDate, checkIn.pain);

/**
 * The WHO 2020 guidelines put moderate intensity at 5–6 and vigorous at 7–8 on a 0–10 effort scale; only
 * aerobic work measured in time, with an effort answer, is counted so (never guessed).
 */
function intensityCode(session: RecordSession, aerobic: boolean) {
  if (!aerobic || session.effort === null || session.effort < 5) return null;
  return session.effort >= 7 ? loinc('77593-2', 'Vigorous physical activity [IPAQ]') : CODES.moderateMinutes;
}

/** The session panel first, then its members. `dose` is the ServiceRequest the session carried out. */
export function sessionObservations(
  ctx: BuildContext,
  session: RecordSession,
  dose: Reference<ServiceRequest> | undefined,
): Observation[] {
  const exercise = ctx.exercise(session.exerciseId);
  const unit = exercise?.unit ?? 'minutes';
  const name = exercise?.name ?? session.exerciseId;
  const key = `session/${session.id}`;
  const activityCategories = [category.activity, category.physicalActivity];
  const member = (
    part: string,
    observation: Pick<Observation, 'code'> & Partial<Observation>,
  ): Observation => ({
    ...base(ctx, resourceId('Observation', key, part), session.localDate),
    category: activityCategories,
    performer: [ctx.patient],
    ...observation,
  });
  const members: Observation[] = [
    member('activity', {
      code: concept(CODES.exerciseActivity),
      valueCodeableConcept:
        exercise?.libraryExerciseId == null
          ? { text: name }
          : { coding: [ctx.canon.code('exercise', exercise.libraryExerciseId, name)], text: name },
    }),
  ];
  const minutes = minutesOf(session.done, unit);
  if (minutes !== null) {
    members.push(
      member('duration', {
        code: concept(CODES.exerciseDuration),
        valueQuantity: amount(session.done, unit),
      }),
    );
    const intensity = intensityCode(session, exercise?.modality === 'aerobic');
    if (intensity !== null)
      members.push(
        member('intensity', {
          code: concept(intensity),
          valueQuantity: { value: minutes, unit: 'min', system: UCUM, code: 'min' },
        }),
      );
  } else {
    members.push(
      member('repetitions', {
        code: concept(ctx.canon.code('session-measure', 'repetitions', 'Repetitions done')),
        valueQuantity: amount(session.done, unit),
      }),
    );
  }
  if (session.effort !== null)
    members.push(
      member('effort', {
        code: concept(ctx.canon.code('session-measure', 'effort', 'Effort 0–10 (talk test)')),
        valueInteger: session.effort,
      }),
    );
  if (session.before !== null)
    members.push(painObservation(ctx, 'before', key, session.localDate, session.before));
  members.push(painObservation(ctx, 'peak', key, session.localDate, session.peak));
  if (session.after !== null)
    members.push(painObservation(ctx, 'after', key, session.localDate, session.after));

  const panel: Observation = {
    ...base(ctx, resourceId('Observation', key), session.localDate),
    category: activityCategories,
    code: concept(CODES.activityPanel, `Exercise session: ${name}`),
    performer: [ctx.patient],
    ...(dose === undefined ? {} : { basedOn: [dose] }),
    hasMember: members.map((m) => ref<Observation>('Observation', m.id as string)),
    ...(session.note ? { note: [{ text: session.note }] } : {}),
  };
  return [panel, ...members];
}

/** A flare-up as an Observation over its period; its value is the duration in days once it has ended. */
export function flareObservation(ctx: BuildContext, flare: RecordFlare, days: number | null): Observation {
  return {
    ...base(ctx, resourceId('Observation', 'flare', ctx.record.patient.id, flare.startDate)),
    status: flare.endDate === null ? 'preliminary' : 'final',
    category: [category.survey],
    code: concept(ctx.canon.code('observation', 'flare', 'Pain flare-up'), 'Pain flare-up'),
    effectivePeriod: { start: flare.startDate, ...(flare.endDate === null ? {} : { end: flare.endDate }) },
    ...(days === null ? {} : { valueQuantity: { value: days, unit: 'days', system: UCUM, code: 'd' } }),
  };
}
