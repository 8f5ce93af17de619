// A recorded measure with its score (PEG and PSFS: mean 0–10; PSEQ 0–60; PHQ-2 0–6).
import { z } from 'zod';

export const MeasureShape = z.object({
  id: z.string(),
  instrument: z.enum(['PEG', 'PSEQ', 'PSFS', 'PHQ2']),
  week: z.int(),
  localDate: z.string(),
  items: z.unknown(),
  total: z.number(),
  suggestTalkingToClinician: z
    .boolean()
    .describe('PHQ-2 ≥ 3: suggest talking to a clinician (never a diagnosis)'),
});
