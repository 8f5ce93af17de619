// An alert a clinician acknowledges: a clinician_alert notice or a raised flag.
import { z } from 'zod';

export const AlertShape = z.object({
  patientId: z.string(),
  alertKey: z.string(),
  kind: z.string(),
  details: z.record(z.string(), z.unknown()),
  day: z.int().nullable().describe('The programme day; null for a PHQ-2 alert, which belongs to a measure'),
  localDate: z.string(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z
    .object({ id: z.string(), displayName: z.string() })
    .nullable()
    .describe('The clinician who acknowledged it'),
});
