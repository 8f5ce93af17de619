// ?from&to: an inclusive range of local dates.
import { z } from 'zod';
import { LocalDate } from '../schemas.ts';

export const DateRange = z.object({ from: LocalDate.optional(), to: LocalDate.optional() });
