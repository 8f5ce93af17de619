// Public surface of @steadily/core: the pain-aware dosing engine and its vocabulary.

export { CONDITION_IDS, type ConditionId, presetsForConditions } from './conditions.ts';
export { aboveCap, capQuota } from './dose-cap.ts';
export { Engine, EngineError, EVENT_RANK, resumeEngine, type Started, startEngine } from './engine.ts';
export * from './library/index.ts';
export {
  judgeChange,
  MEASURE_MCID,
  PHQ2_TALK_AT,
  PSFS_SHAPE,
  QUESTIONNAIRE_ITEMS,
  type QuestionnaireId,
  roundScore,
  type ScoredMeasure,
} from './measures.ts';
export { plateauRuleHolds } from './plateau.ts';
export {
  PRESCRIPTION_LIMITS,
  type Prescription,
  setsNotation,
  setsOf,
  splitIntoSets,
  takesSets,
} from './prescription.ts';
export {
  MCID,
  type MeasureKind,
  type ProgressExercise,
  type ProgressInput,
  type ProgressSummary,
  summariseProgress,
  WEEKS_BEFORE_PAIN_CHANGES,
  weeksOver,
} from './progress.ts';
export { startingSteps, stepFor } from './quota.ts';
export {
  englishSyllables,
  fernandezHuertaScore,
  fleschKincaidGrade,
  spanishSyllables,
} from './readability.ts';
export {
  EMERGENCY_RED_FLAGS,
  type Language,
  REASON_CODES,
  type ReasonAudience,
  renderReason,
} from './reasons.ts';
export { ATTENTION_TIERS, TIERS, type Tier, type TierReason } from './risk-tiers.ts';
export {
  CLEARANCE_QUESTIONS,
  type ClearanceAnswers,
  clearanceOutcome,
  FOLLOW_UP_QUESTIONS,
  type FollowUpCondition,
  followUpsOpened,
  isPausingSymptom,
  isRedFlag,
  isUrgentSymptom,
  screeningOutcome,
} from './screening.ts';
export { type Scenario, type SimulatedDecision, type SimulationOutput, simulate } from './simulate.ts';
export { informalSpanish } from './spanish-register.ts';
export type { EngineState } from './state.ts';
export { DEFAULT_THRESHOLDS, PRESET_IDS, PRESETS, presetsFor, resolveThresholds } from './thresholds.ts';
export * from './types.ts';
export { painLimit } from './zones.ts';
