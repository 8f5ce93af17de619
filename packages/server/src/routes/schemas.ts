// zod pieces shared by many routes. The OpenAPI document is generated from these and the per-route
// schemas beside each route file, so what is documented is exactly what is validated.
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isValidLocalDate, isValidTimeZone } from '../services/local-date.ts';

export type ZodApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

// Not a NUL (PostgreSQL cannot store it) and not half of a UTF-16 surrogate pair (no character at all:
// it would be stored as "�", not what was sent). With the u flag a whole pair is one character and passes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing NUL is the point
const STORABLE_TEXT = /^[^\u0000\uD800-\uDFFF]*$/u;

/**
 * Every text field of a request starts here (then .trim(), .min(), .max() as the field needs), so
 * text that cannot be stored as sent is refused at the schema with the field named, never by the
 * database. The pattern is in the OpenAPI document.
 */
export function Text() {
  return z.string().regex(STORABLE_TEXT, STORABLE_TEXT_MESSAGE);
}

/** For a URL field (its format stays in the document): the same refusal as Text. */
export function isStorableText(value: string): boolean {
  return STORABLE_TEXT.test(value);
}
export const STORABLE_TEXT_MESSAGE = 'must be text without NUL characters or unpaired surrogates';

/** Every write to a person's record carries a client-generated UUID: a repeat returns the first result. */
export const IdempotencyHeaders = z.looseObject({
  'idempotency-key': z.uuid().describe('A client-generated UUID: sending it again returns the first result'),
});
export const LocalDate = z
  .string()
  .refine(isValidLocalDate, 'must be a calendar date YYYY-MM-DD')
  .describe("A date of the person's own calendar");
export const TimeZone = z.string().min(1).max(64).refine(isValidTimeZone, 'must be an IANA time zone');
export const Pain = z.int().min(0).max(10).describe('0–10 numeric rating scale, whole numbers');

export const PatientParams = z.object({ patientId: z.uuid() });

const ErrorResponse = z.object({
  error: z.string(),
  field: z.string().optional(),
  message: z.string(),
});

/** The error responses every route may give, for the OpenAPI document. */
export const errors = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
};

export const Ok = z.object({ ok: z.literal(true) });
