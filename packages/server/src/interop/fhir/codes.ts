// The codes of SPEC §13 in one place, and Steadily's own code systems under its canonical base for what
// has no standard code (which pain answer this is, an engine action, a flare).
import type { CodeableConcept, Coding } from '@medplum/fhirtypes';
import type { ConditionId } from '@steadily/core';

export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';
export const UCUM = 'http://unitsofmeasure.org';
const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
/** HL7 Physical Activity IG (R4) temporary codes: the activity panel and its category. */
const PA_CODES = 'http://hl7.org/fhir/us/physical-activity/CodeSystem/pa-temporary-codes';

export const loinc = (code: string, display?: string): Coding =>
  display === undefined ? { system: LOINC, code } : { system: LOINC, code, display };

export const concept = (coding: Coding, text?: string): CodeableConcept =>
  text === undefined ? { coding: [coding] } : { coding: [coding], text };

export const CODES = {
  painNrs: loinc('72514-3', 'Pain severity - 0-10 verbal numeric rating [Score] - Reported'),
  exerciseActivity: loinc('73985-4', 'Exercise activity'),
  exerciseDuration: loinc('55411-3', 'Exercise duration'),
  moderateMinutes: loinc('77592-4', 'Moderate physical activity [IPAQ]'),
  pegPanel: loinc('91148-7', 'Pain, Enjoyment of life and General activity scale [PEG]'),
  pegScore: loinc('91147-9', 'Mean score [PEG]'),
  pegItems: [
    loinc('75893-8', 'Pain severity - 0-10 verbal numeric rating [Score] - Reported --past week'),
    loinc('91145-3', 'Pain interference with enjoyment of life in past week [PEG]'),
    loinc('91146-1', 'Pain interference with general activity in past week [PEG]'),
  ],
  phq2Panel: loinc('55757-9', 'Patient Health Questionnaire 2 item (PHQ-2) [Reported]'),
  phq2Total: loinc('55758-7', 'Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]'),
  phq2Items: [
    loinc('44250-9', 'Little interest or pleasure in doing things in last 2 weeks'),
    loinc('44255-8', 'Feeling down, depressed, or hopeless in last 2 weeks'),
  ],
  exerciseTherapy: { system: SNOMED, code: '229065009', display: 'Exercise therapy' } as Coding,
  activityPanel: { system: PA_CODES, code: 'PAPanel', display: 'Physical activity panel' } as Coding,
} as const;

export const PEG_ITEM_TEXT = [
  'Pain on average in the past week',
  'Pain interfering with enjoyment of life in the past week',
  'Pain interfering with general activity in the past week',
];

/** LOINC answer list of the PHQ items: 0 = not at all … 3 = nearly every day. */
export const PHQ_ANSWERS: Coding[] = [
  loinc('LA6568-5', 'Not at all'),
  loinc('LA6569-3', 'Several days'),
  loinc('LA6570-1', 'More than half the days'),
  loinc('LA6571-9', 'Nearly every day'),
];

export const category = {
  survey: concept({ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }),
  activity: concept({ system: OBSERVATION_CATEGORY, code: 'activity', display: 'Activity' }),
  physicalActivity: concept({ system: PA_CODES, code: 'PhysicalActivity', display: 'Physical Activity' }),
};

/** Which pain answer an NRS Observation holds: all share LOINC 72514-3 and differ by this category. */
export const PAIN_CONTEXTS = {
  morning: 'Morning check-in (pain on waking, the day after)',
  before: 'Pain before the session',
  peak: 'Peak pain during the session',
  after: 'Pain about an hour after the session',
} as const;
export type PainContext = keyof typeof PAIN_CONTEXTS;

/**
 * SNOMED CT International concepts for the conditions a person can name (core/conditions.ts). "Widespread
 * pain" has no concept of its own that could be checked here: it is coded as chronic pain, its text says
 * which. "Other" is text only.
 */
export const CONDITION_CODES: Record<ConditionId, Coding | null> = {
  fibromyalgia: { system: SNOMED, code: '203082005', display: 'Fibromyalgia' },
  widespread_pain: { system: SNOMED, code: '82423001', display: 'Chronic pain' },
  chronic_low_back_pain: { system: SNOMED, code: '278860009', display: 'Chronic low back pain' },
  neck_pain: { system: SNOMED, code: '81680005', display: 'Neck pain' },
  knee_osteoarthritis: { system: SNOMED, code: '239873007', display: 'Osteoarthritis of knee' },
  hip_osteoarthritis: { system: SNOMED, code: '239872002', display: 'Osteoarthritis of hip' },
  tendinopathy: { system: SNOMED, code: '68172002', display: 'Disorder of tendon' },
  me_cfs: { system: SNOMED, code: '52702003', display: 'Chronic fatigue syndrome' },
  other: null,
};

export const CONDITION_TEXT: Record<ConditionId, string> = {
  fibromyalgia: 'Fibromyalgia',
  widespread_pain: 'Chronic widespread pain',
  chronic_low_back_pain: 'Chronic low back pain',
  neck_pain: 'Neck pain',
  knee_osteoarthritis: 'Knee osteoarthritis',
  hip_osteoarthritis: 'Hip osteoarthritis',
  tendinopathy: 'Tendinopathy',
  me_cfs: 'ME/CFS (post-exertional malaise)',
  other: 'Other long-term pain condition (not specified)',
};
