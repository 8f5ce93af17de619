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
