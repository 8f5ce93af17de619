// An invitation as its creator sees it (never the code, except once at creation).
import { z } from 'zod';

export const InvitationShape = z.object({
  id: z.string(),
  kind: z.enum(['patient', 'clinician']),
  email: z.string().nullable(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
});
