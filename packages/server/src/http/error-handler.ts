// The one place errors become HTTP: bad input → 400 with the field path, no session → 401, not allowed
// → 403, unknown id → 404, conflict → 409. Anything else is a 500 with no detail (logged, never sent).
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAudit } from '../db/repositories/audit.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
  ValidationError,
} from '../errors.ts';

interface ErrorBody {
  error: string;
  field?: string;
  message: string;
}

/** `exercises/0/unit` (a JSON pointer) → `exercises[0].unit`. */
function fieldPath(pointer: string, context?: string): string {
  const parts = pointer.split('/').filter((p) => p !== '');
  let path = '';
  for (const part of parts) path += /^\d+$/.test(part) ? `[${part}]` : path === '' ? part : `.${part}`;
  if (path === '' && context !== undefined && context !== 'body') return context;
  return path === '' ? '(root)' : path;
}

function classify(error: FastifyError): { status: number; body: ErrorBody } {
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    const issue = first?.params?.issue as { path?: PropertyKey[]; code?: string } | undefined;
    const pointer = issue?.path?.map(String).join('/') ?? first?.instancePath ?? '';
    return {
      status: 400,
      body: {
        error: 'validation',
        field: fieldPath(pointer, error.validationContext),
        message: first?.message ?? 'Invalid',
      },
    };
  }
  if (error instanceof ValidationError) {
    return { status: 400, body: { error: 'validation', field: error.field, message: error.message } };
  }
  if (error instanceof UnauthenticatedError)
    return { status: 401, body: { error: 'unauthenticated', message: error.message } };
  if (error instanceof ForbiddenError)
    return { status: 403, body: { error: 'forbidden', message: error.message } };
  if (error instanceof NotFoundError)
    return { status: 404, body: { error: 'not_found', message: error.message } };
  if (error instanceof ConflictError) {
    const body: ErrorBody = { error: 'conflict', message: error.message };
    if (error.field !== null) body.field = error.field;
    return { status: 409, body };
  }
  // The engine refuses an event that does not fit the programme's state (e.g. an exercise it no
  // longer has): the request conflicts with the record, it is not a server fault.
  if (error.name === 'EngineError')
    return { status: 409, body: { error: 'conflict', message: error.message } };
  if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') {
    return {
      status: 403,
      body: { error: 'csrf', message: 'Missing or invalid CSRF token (send x-csrf-token)' },
    };
  }
  // PostgreSQL's class 22 (data exception): input that passed the schema but cannot be stored, such as
  // a NUL character in text. A client mistake, so a 400.
  if (typeof error.code === 'string' && /^22[0-9A-Z]{3}$/.test(error.code)) {
    return {
      status: 400,
      body: { error: 'validation', field: '(body)', message: 'Contains a value that cannot be stored' },
    };
  }
  const status = error.statusCode ?? 500;
  if (status === 429)
    return { status, body: { error: 'rate_limited', message: 'Too many attempts. Try again later.' } };
  if (status >= 400 && status < 500) {
    // Fastify's own client errors: malformed JSON, wrong content type, body too large…
    const field =
      error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error.code?.startsWith('FST_ERR_CTP')
        ? '(body)'
        : undefined;
    const body: ErrorBody = {
      error: status === 415 ? 'unsupported_media_type' : 'bad_request',
      message: error.message,
    };
    if (field !== undefined) body.field = field;
    return { status, body };
  }
  return { status: 500, body: { error: 'internal', message: 'Something went wrong on our side' } };
}

/**
 * A signed-in person refused a person's record (403) or told it is not there (404) is in the audit log
 * too: probing for records is worth seeing. Best effort: the refusal is sent whatever happens here.
 */
async function auditRefusal(app: FastifyInstance, request: FastifyRequest, status: number): Promise<void> {
  const patientId = z.uuid().safeParse((request.params as { patientId?: unknown } | undefined)?.patientId);
  if (request.actor === null || !patientId.success) return;
  try {
    await appendAudit(app.ctx.db, {
      actorId: request.actor.accountId,
      patientId: patientId.data,
      action: status === 403 ? 'forbidden' : 'not_found',
      route: request.actor.route,
    });
  } catch (error) {
    request.log.error({ err: error }, 'could not audit a refused request');
  }
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const { status, body } = classify(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    if (status === 403 || status === 404) await auditRefusal(app, request, status);
    return reply.code(status).send(body);
  });
}
