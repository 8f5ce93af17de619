// The typed fetch client: JSON in and out, the session cookie, the CSRF token echoed on writes.
import { ApiError, NetworkError, toApiError } from './errors.ts';

export const API_BASE = '/api';
const SAFE_METHODS = new Set(['GET', 'HEAD']);
let csrfToken: string | null = null;

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  /** Sent as `Idempotency-Key`: a retried write is applied once. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

/** The server hands out its CSRF token in an `x-csrf-token` response header; writes send it back. */
export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Writes need a CSRF token: fetch one first if no response has handed us one yet. */
async function ensureCsrfToken(): Promise<void> {
  if (csrfToken !== null) return;
  const { csrfToken: token } = await send<{ csrfToken: string }>('GET', '/auth/csrf', {});
  csrfToken = token;
}

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  if (SAFE_METHODS.has(method)) return send<T>(method, path, options);
  await ensureCsrfToken();
  try {
    return await send<T>(method, path, options);
  } catch (error) {
    // The token expired with its cookie: get a new one and try once more.
    if (!(error instanceof ApiError && error.status === 403 && error.code === 'csrf')) throw error;
    csrfToken = null;
    await ensureCsrfToken();
    return send<T>(method, path, options);
  }
}

async function send<T>(method: Method, path: string, options: RequestOptions): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (!SAFE_METHODS.has(method) && csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  if (options.idempotencyKey !== undefined) headers['idempotency-key'] = options.idempotencyKey;

  let response: Response;
  try {
    response = await fetch(API_BASE + path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }

  const token = response.headers.get('x-csrf-token');
  if (token) csrfToken = token;

  const body = await readBody(response);
  if (!response.ok) throw toApiError(response.status, body);
  return body as T;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined; // a broken body is reported by its status
  }
}
