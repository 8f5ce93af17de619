// The shape of each outcome measure (SPEC §3): how many items a questionnaire has and the answer range of
// each, and how many personal activities PSFS scores. The server's schema, the patient's questionnaires
// and the clinician's entry form all read them from here.

/** PEG: 3 items 0–10; PSEQ: 10 items 0–6 (total 0–60); PHQ-2: 2 items 0–3 (total 0–6). */
export const QUESTIONNAIRE_ITEMS = {
  PEG: { count: 3, max: 10 },
  PSEQ: { count: 10, max: 6 },
  PHQ2: { count: 2, max: 3 },
} as const;
export type QuestionnaireId = keyof typeof QUESTIONNAIRE_ITEMS;

/** PSFS: up to 3 activities that pain makes hard, each scored 0–10. */
export const PSFS_SHAPE = { activities: 3, max: 10 } as const;

export type ScoredMeasure = 'peg' | 'pseq' | 'psfs';

/**
 * Meaningful change (MCID) per measure — the one source for the app, the API, the PDF and FHIR.
 * PSEQ: 11 points up and PSFS: 1.4 points up (SPEC §3). PEG: 30 % lower than the first score — Krebs 2009 (J Gen Intern Med 24:733) validated PEG
 * against the BPI, whose 30 % reduction is the usual threshold for a meaningful pain change (Farrar 2001,
 * Dworkin 2008 IMMPACT); we use a relative rule because one point means more at PEG 3 than at PEG 9.
 * PHQ-2 has no MCID: it is a screen (≥ 3 suggests talking to a clinician), never a change score.
 */
export const MEASURE_MCID = {
  pseq: { better: 'higher', points: 11, percent: null },
  psfs: { better: 'higher', points: 1.4, percent: null },
  peg: { better: 'lower', points: null, percent: 30 },
} as const satisfies Record<
  ScoredMeasure,
  { better: 'higher' | 'lower'; points: number | null; percent: number | null }
>;

/** PHQ-2 ≥ 3 suggests talking to a clinician (SPEC §3); never a diagnosis. */
export const PHQ2_TALK_AT = 3;

/** The one rounding of a measure's score or change everywhere it is shown or exported: 1 decimal. */
export function roundScore(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * The change from a first score to a later one (rounded) and whether it is meaningful: PSEQ and PSFS
 * higher by at least their points, PEG lower by at least 30 % of the first score (unrounded scores judged).
 */
export function judgeChange(
  kind: ScoredMeasure,
  first: number,
  latest: number,
): { change: number; meaningful: boolean } {
  const change = roundScore(latest - first);
  const rule = MEASURE_MCID[kind];
  const meaningful =
    rule.percent !== null
      ? first > 0 && ((first - latest) / first) * 100 >= rule.percent - 1e-9
      : change >= (rule.points ?? Number.POSITIVE_INFINITY) - 1e-9;
  return { change, meaningful };
}
