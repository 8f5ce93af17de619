// Safety screening (SPEC §2): PAR-Q+ clearance, IFOMPT red flags and the PEM screen.
// Question wording lives in the app's message catalogues; here are the ids and the rules.
import {
  PAUSING_SYMPTOMS,
  type PausingSymptom,
  RED_FLAG_IDS,
  type RedFlagId,
  type SafetySymptom,
  type Screening,
  URGENT_SYMPTOMS,
  type UrgentSymptom,
} from './types.ts';

/** The 7 general PAR-Q+ questions, paraphrased, in order. */
export const CLEARANCE_QUESTIONS = [
  'heart_condition',
  'chest_pain',
  'dizziness_or_fainting',
  'chronic_condition',
  'chronic_medicine',
  'bone_joint_problem',
  'supervised_only',
] as const;
export type ClearanceQuestion = (typeof CLEARANCE_QUESTIONS)[number];

/** A yes to these needs clearance at once; a yes to the others opens follow-up questions. */
const CLEARANCE_AT_ONCE: readonly ClearanceQuestion[] = [
  'heart_condition',
  'chest_pain',
  'dizziness_or_fainting',
  'supervised_only',
];

/** PAR-Q+ follow-up questions by condition (paraphrased ids); any yes → needs clearance. */
export const FOLLOW_UP_QUESTIONS = {
  arthritis_bone_back: ['arthritis_uncontrolled', 'arthritis_fracture_or_spine', 'arthritis_steroids'],
  cancer: ['cancer_types', 'cancer_therapy'],
  heart: ['heart_uncontrolled', 'heart_rhythm', 'heart_failure', 'heart_inactive'],
  blood_pressure: ['bp_uncontrolled', 'bp_high_resting'],
  metabolic: [
    'metabolic_uncontrolled',
    'metabolic_low_sugar',
    'metabolic_complications',
    'metabolic_other',
    'metabolic_high_intensity',
  ],
  mental_health: ['mental_uncontrolled', 'mental_down_syndrome'],
  respiratory: [
    'respiratory_uncontrolled',
    'respiratory_low_oxygen',
    'respiratory_asthma',
    'respiratory_lung_pressure',
  ],
  spinal_cord: ['spinal_uncontrolled', 'spinal_low_pressure', 'spinal_dysreflexia'],
  stroke: ['stroke_uncontrolled', 'stroke_mobility', 'stroke_recent'],
  other: ['other_blackout', 'other_condition', 'other_multiple'],
} as const;
export type FollowUpCondition = keyof typeof FOLLOW_UP_QUESTIONS;

export interface ClearanceAnswers {
  /** The 7 general answers, in CLEARANCE_QUESTIONS order. */
  general: boolean[];
  /** Follow-up answers by question id (only those asked). */
  followUps?: Record<string, boolean>;
}

/** Which follow-up conditions to ask about: any yes to a chronic condition, medicine or joint problem. */
export function followUpsOpened(general: readonly boolean[]): boolean {
  return CLEARANCE_QUESTIONS.some((q, i) => general[i] === true && !CLEARANCE_AT_ONCE.includes(q));
}

/** The 7 booleans of the scenario contract: the outcome after any follow-up questions. */
export function clearanceOutcome(answers: ClearanceAnswers): boolean[] {
  const anyFollowUpYes = Object.values(answers.followUps ?? {}).some((yes) => yes);
  return CLEARANCE_QUESTIONS.map((q, i) => {
    const yes = answers.general[i] === true;
    if (CLEARANCE_AT_ONCE.includes(q)) return yes;
    return yes && anyFollowUpYes;
  });
}

export type ScreeningStatus = 'clear' | 'needs_clearance' | 'stopped';

export interface ScreeningOutcome {
  status: ScreeningStatus;
  pacing: boolean;
  redFlags: RedFlagId[];
}

/** Red flags stop; any clearance yes waits for clearance; PEM means pacing. */
export function screeningOutcome(screening: Screening = {}): ScreeningOutcome {
  const redFlags = [...(screening.redFlags ?? [])];
  const needsClearance = (screening.clearance ?? []).some((yes) => yes);
  const status: ScreeningStatus =
    redFlags.length > 0 ? 'stopped' : needsClearance ? 'needs_clearance' : 'clear';
  return { status, pacing: screening.pem === true, redFlags };
}

export function isRedFlag(id: string): id is RedFlagId {
  return (RED_FLAG_IDS as readonly string[]).includes(id);
}

export function isUrgentSymptom(symptom: SafetySymptom): symptom is UrgentSymptom {
  return (URGENT_SYMPTOMS as readonly string[]).includes(symptom);
}

export function isPausingSymptom(symptom: SafetySymptom): symptom is PausingSymptom {
  return (PAUSING_SYMPTOMS as readonly string[]).includes(symptom);
}
