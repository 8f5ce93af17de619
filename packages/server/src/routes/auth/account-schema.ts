// The signed-in person's account as the API returns it.
import { z } from 'zod';

export const AccountResponse = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(['patient', 'clinician']),
  isAdmin: z.boolean(),
  timeZone: z.string(),
  locale: z.string(),
  createdAt: z.string(),
});

export const Password = z.string().min(10, 'must be at least 10 characters').max(256);
export const Email = z.email().max(254);
