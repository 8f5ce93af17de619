// The signed-in person's account as the API returns it.
import { z } from 'zod';
import { Text } from '../schemas.ts';

/** The app's text sizes, saved to the account so every device of the person opens with theirs. */
export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;

export const AccountResponse = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(['patient', 'clinician']),
  isAdmin: z.boolean(),
  timeZone: z.string(),
  locale: z.string(),
  textSize: z.enum(TEXT_SIZES),
  lowEnergy: z.boolean(),
  createdAt: z.string(),
});

// A new password is text like any other: a lone surrogate would be hashed as "�", so two different
// passwords would match. Signing in with an existing one stays a plain string (nothing is refused there).
export const Password = Text().min(10, 'must be at least 10 characters').max(256);
export const Email = z.email().max(254);
