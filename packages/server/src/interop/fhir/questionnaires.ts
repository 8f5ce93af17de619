// PSEQ and PSFS have no LOINC codes (SPEC §13): Steadily publishes a Questionnaire for each under its own
// canonical URL and exports every answer set as a QuestionnaireResponse to it. Item wording stays short:
// the instruments' own text belongs to their authors.
import type {
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
} from '@medplum/fhirtypes';
import { MEASURE_MCID, roundScore } from '@steadily/core';
import type { RecordMeasure } from '../record.ts';
import type { BuildContext } from './context.ts';
import { resourceId } from './ids.ts';

const PSFS_ACTIVITIES = 3;

const range = (min: number, max: number) => [
  { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: min },
  { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: max },
];

const score = (linkId: string, text: string, max: number, required: boolean): QuestionnaireItem => ({
  linkId,
  text,
  type: 'integer',
  required,
  extension: range(0, max),
});

export function pseqQuestionnaire(ctx: BuildContext): Questionnaire {
  return {
    resourceType: 'Questionnaire',
    id: resourceId('Questionnaire', 'pseq'),
    url: ctx.canon.questionnaire('pseq'),
    version: '1',
    name: 'PSEQ',
    title: 'Pain Self-Efficacy Questionnaire (PSEQ)',
    status: 'active',
    subjectType: ['Patient'],
    description:
      'Ten items, each from 0 (not at all confident) to 6 (completely confident) that one can do things ' +
      `despite the pain; total 0–60. A change of ${MEASURE_MCID.pseq.points} points or more is meaningful.`,
    item: [
      ...Array.from({ length: 10 }, (_, i) => score(`item-${i + 1}`, `PSEQ item ${i + 1} (0–6)`, 6, true)),
      { linkId: 'total', text: 'Total (0–60)', type: 'integer', readOnly: true },
    ],
  };
}

export function psfsQuestionnaire(ctx: BuildContext): Questionnaire {
  const activity = (n: number): QuestionnaireItem => ({
    linkId: `activity-${n}`,
    text: `Activity ${n}`,
    type: 'group',
    required: n === 1,
    item: [
      {
        linkId: `activity-${n}-name`,
        text: 'An activity that is hard because of the pain',
        type: 'string',
        required: true,
      },
      score(
        `activity-${n}-score`,
        'How well you can do it today: 0 = unable, 10 = as well as before',
        10,
        true,
      ),
    ],
  });
  return {
    resourceType: 'Questionnaire',
    id: resourceId('Questionnaire', 'psfs'),
    url: ctx.canon.questionnaire('psfs'),
    version: '1',
    name: 'PSFS',
    title: 'Patient-Specific Functional Scale (PSFS)',
    status: 'active',
    subjectType: ['Patient'],
    description:
      'Up to three activities the person chooses, each scored 0–10; the score is their mean. A change of ' +
      `${MEASURE_MCID.psfs.points} points or more is meaningful.`,
    item: [
      ...Array.from({ length: PSFS_ACTIVITIES }, (_, i) => activity(i + 1)),
      { linkId: 'mean', text: 'Mean score (0–10)', type: 'decimal', readOnly: true },
    ],
  };
}

function response(ctx: BuildContext, measure: RecordMeasure, item: QuestionnaireResponseItem[]) {
  return {
    resourceType: 'QuestionnaireResponse',
    id: resourceId('QuestionnaireResponse', measure.id),
    questionnaire: ctx.canon.questionnaire(measure.kind === 'pseq' ? 'pseq' : 'psfs'),
    status: 'completed',
    subject: ctx.patient,
    authored: measure.localDate,
    // Who typed the answers in (the person, or a clinician for them); the person is always the source.
    author: measure.enteredBy ? ctx.personRef(measure.enteredBy) : ctx.patient,
    source: ctx.patient,
    item,
  } satisfies QuestionnaireResponse;
}

export function pseqResponse(ctx: BuildContext, measure: RecordMeasure): QuestionnaireResponse {
  return response(ctx, measure, [
    ...measure.items.map((value, i) => ({ linkId: `item-${i + 1}`, answer: [{ valueInteger: value }] })),
    { linkId: 'total', answer: [{ valueInteger: measure.score }] },
  ]);
}

export function psfsResponse(ctx: BuildContext, measure: RecordMeasure): QuestionnaireResponse {
  return response(ctx, measure, [
    ...measure.items.slice(0, PSFS_ACTIVITIES).map((value, i) => ({
      linkId: `activity-${i + 1}`,
      item: [
        {
          linkId: `activity-${i + 1}-name`,
          answer: [{ valueString: measure.labels?.[i] ?? `Activity ${i + 1}` }],
        },
        { linkId: `activity-${i + 1}-score`, answer: [{ valueInteger: value }] },
      ],
    })),
    { linkId: 'mean', answer: [{ valueDecimal: roundScore(measure.score) }] },
  ]);
}
