// Typed errors of the API client: what the server refused (ApiError) and "could not reach it" (NetworkError).

export class ApiError extends Error {
  readonly status: number;
  /** The request field the server named, as a path such as `email` or `events[3].pain`. */
  readonly field: string | null;
  readonly code: string | null;

  constructor(status: number, message: string, field: string | null = null, code: string | null = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.field = field;
    this.code = code;
  }

  get isValidation(): boolean {
    return this.status === 400 || this.status === 422;
  }
}

export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The server could not be reached', { cause });
    this.name = 'NetworkError';
  }
}

type Json = Record<string, unknown>;

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function pathText(value: unknown): string | null {
  if (Array.isArray(value)) {
    return value.reduce<string>(
      (path, part) =>
        typeof part === 'number' ? `${path}[${part}]` : path ? `${path}.${part}` : String(part),
      '',
    );
  }
  return text(value);
}

/**
 * Reads an error body in the shapes a Fastify + zod server gives: `{ error: { code, message, field } }`,
 * `{ code, message, field }`, or `{ issues: [{ path, message }] }`.
 */
export function toApiError(status: number, body: unknown): ApiError {
  const outer = (body !== null && typeof body === 'object' ? body : {}) as Json;
  const inner = (outer.error !== null && typeof outer.error === 'object' ? outer.error : outer) as Json;
  const issue = Array.isArray(inner.issues) ? (inner.issues[0] as Json | undefined) : undefined;
  const message = text(inner.message) ?? text(issue?.message) ?? text(outer.message) ?? `HTTP ${status}`;
  const field = pathText(inner.field) ?? pathText(inner.path) ?? pathText(issue?.path);
  const code = text(inner.code) ?? (typeof outer.error === 'string' ? outer.error : null);
  return new ApiError(status, message, field, code);
}
