// An alert a clinician acknowledges: a clinician_alert notice or a raised flag.
import { z } from 'zod';

export const AlertShape = z.object({
  patientId: z.string(),
  alertKey: z.string(),
  kind: z.string(),
  details: z.record(z.string(), z.unknown()),
  day: z.int(),
  localDate: z.string(),
  acknowledgedAt: z.string().nullable(),
  acknowledgedBy: z
    .object({ id: z.string(), displayName: z.string() })
    .nullable()
    .describe('The clinician who acknowledged it'),
});
