// The order of the safety questions (SPEC §2), as plain data: the 7 clearance questions, the PAR-Q+
// follow-ups when a chronic condition, medicine or joint problem was answered yes, the red flags,
// then the post-exertional malaise question.
import {
  CLEARANCE_QUESTIONS,
  clearanceOutcome,
  FOLLOW_UP_QUESTIONS,
  type FollowUpCondition,
  followUpsOpened,
  type RedFlagId,
  type Screening,
} from '@steadily/core';

export type Stage =
  | { kind: 'intro' }
  | { kind: 'clearance'; index: number }
  | { kind: 'conditions' }
  | { kind: 'followUp'; index: number }
  | { kind: 'redFlags' }
  | { kind: 'pem' }
  | { kind: 'done' };

export interface Answers {
  general: boolean[];
  conditions: FollowUpCondition[];
  followUps: Record<string, boolean>;
  redFlags: RedFlagId[];
  /** Null until answered. */
  pem: boolean | null;
}

export const NO_ANSWERS: Answers = { general: [], conditions: [], followUps: {}, redFlags: [], pem: null };

/** The follow-up question ids for the conditions the person chose, in the PAR-Q+ order. */
export function followUpIds(conditions: readonly FollowUpCondition[]): string[] {
  return (Object.keys(FOLLOW_UP_QUESTIONS) as FollowUpCondition[])
    .filter((condition) => conditions.includes(condition))
    .flatMap((condition) => [...FOLLOW_UP_QUESTIONS[condition]]);
}

function afterClearance(answers: Answers): Stage {
  return followUpsOpened(answers.general) ? { kind: 'conditions' } : { kind: 'redFlags' };
}

export function nextStage(stage: Stage, answers: Answers): Stage {
  switch (stage.kind) {
    case 'intro':
      return { kind: 'clearance', index: 0 };
    case 'clearance':
      return stage.index + 1 < CLEARANCE_QUESTIONS.length
        ? { kind: 'clearance', index: stage.index + 1 }
        : afterClearance(answers);
    case 'conditions':
      return followUpIds(answers.conditions).length > 0
        ? { kind: 'followUp', index: 0 }
        : { kind: 'redFlags' };
    case 'followUp':
      return stage.index + 1 < followUpIds(answers.conditions).length
        ? { kind: 'followUp', index: stage.index + 1 }
        : { kind: 'redFlags' };
    case 'redFlags':
      return { kind: 'pem' };
    case 'pem':
    case 'done':
      return { kind: 'done' };
  }
}

export function previousStage(stage: Stage, answers: Answers): Stage {
  switch (stage.kind) {
    case 'intro':
    case 'clearance':
      return stage.kind === 'clearance' && stage.index > 0
        ? { kind: 'clearance', index: stage.index - 1 }
        : { kind: 'intro' };
    case 'conditions':
      return { kind: 'clearance', index: CLEARANCE_QUESTIONS.length - 1 };
    case 'followUp':
      return stage.index > 0 ? { kind: 'followUp', index: stage.index - 1 } : { kind: 'conditions' };
    case 'redFlags': {
      if (!followUpsOpened(answers.general))
        return { kind: 'clearance', index: CLEARANCE_QUESTIONS.length - 1 };
      const count = followUpIds(answers.conditions).length;
      return count > 0 ? { kind: 'followUp', index: count - 1 } : { kind: 'conditions' };
    }
    case 'pem':
      return { kind: 'redFlags' };
    case 'done':
      return { kind: 'pem' };
  }
}

/** The body of `PUT /patients/{id}/screening`: only the follow-ups that were asked. */
export function screeningBody(answers: Answers) {
  const asked = followUpsOpened(answers.general) ? followUpIds(answers.conditions) : [];
  const followUps = Object.fromEntries(asked.map((id) => [id, answers.followUps[id] === true]));
  const general = CLEARANCE_QUESTIONS.map((_, i) => answers.general[i] === true);
  return { clearance: { general, followUps }, redFlags: answers.redFlags, pem: answers.pem === true };
}

/** The same answers in the engine's terms, to show the outcome at once (the server decides the same). */
export function toScreening(answers: Answers): Screening {
  const body = screeningBody(answers);
  return { clearance: clearanceOutcome(body.clearance), redFlags: body.redFlags, pem: body.pem };
}
