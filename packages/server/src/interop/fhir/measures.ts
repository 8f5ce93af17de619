// PEG (LOINC panel 91148-7) and PHQ-2 (panel 55757-9) as panel Observations with their items and score
// as members. PHQ-2 ≥ 3 suggests talking to a clinician; it is a screen, never a diagnosis.
import type { CodeableConcept, Coding, Observation } from '@medplum/fhirtypes';
import { PHQ2_TALK_AT, roundScore } from '@steadily/core';
import type { RecordMeasure } from '../record.ts';
import { CODES, category, concept, PEG_ITEM_TEXT, PHQ_ANSWERS, UCUM } from './codes.ts';
import type { BuildContext } from './context.ts';
import { ref } from './context.ts';
import { resourceId } from './ids.ts';

function observation(ctx: BuildContext, measure: RecordMeasure, part: string, code: CodeableConcept) {
  return {
    resourceType: 'Observation',
    id: resourceId('Observation', 'measure', measure.id, part),
    status: 'final',
    category: [category.survey],
    code,
    subject: ctx.patient,
    effectiveDateTime: measure.localDate,
    // A measure a clinician entered (in clinic, with the person) has the clinician as performer.
    performer: [measure.enteredBy ? ctx.personRef(measure.enteredBy) : ctx.patient],
  } satisfies Observation;
}

function panel(
  ctx: BuildContext,
  measure: RecordMeasure,
  code: Coding,
  text: string,
  members: Observation[],
) {
  return [
    {
      ...observation(ctx, measure, 'panel', concept(code, text)),
      hasMember: members.map((m) => ref<Observation>('Observation', m.id as string)),
    } satisfies Observation,
    ...members,
  ];
}

export function pegObservations(ctx: BuildContext, measure: RecordMeasure): Observation[] {
  const items = measure.items.map(
    (value, i): Observation => ({
      ...observation(ctx, measure, `item-${i + 1}`, concept(CODES.pegItems[i] as Coding, PEG_ITEM_TEXT[i])),
      valueInteger: value,
    }),
  );
  const score: Observation = {
    ...observation(ctx, measure, 'score', concept(CODES.pegScore, 'PEG score (mean of the 3 items, 0–10)')),
    // A mean of whole numbers, rounded as everywhere else (core roundScore: 22/3 → 7.3).
    valueQuantity: {
      value: roundScore(measure.score),
      unit: 'score',
      system: UCUM,
      code: '{score}',
    },
  };
  return panel(ctx, measure, CODES.pegPanel, 'PEG 3-item pain scale', [...items, score]);
}

export function phq2Observations(ctx: BuildContext, measure: RecordMeasure): Observation[] {
  const items = measure.items.map(
    (value, i): Observation => ({
      ...observation(ctx, measure, `item-${i + 1}`, concept(CODES.phq2Items[i] as Coding)),
      valueCodeableConcept: { coding: [PHQ_ANSWERS[value] as Coding], text: String(value) },
    }),
  );
  const total: Observation = {
    ...observation(ctx, measure, 'total', concept(CODES.phq2Total, 'PHQ-2 total (0–6)')),
    valueInteger: measure.score,
    ...(measure.score >= PHQ2_TALK_AT
      ? {
          note: [
            {
              text: 'Score of 3 or more: suggest talking to a clinician. This is a screen, not a diagnosis.',
            },
          ],
        }
      : {}),
  };
  return panel(ctx, measure, CODES.phq2Panel, 'PHQ-2', [...items, total]);
}
