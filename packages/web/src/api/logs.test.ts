import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QueuedWrite } from '../offline/queue.ts';
import { rememberCsrfToken } from './client.ts';
import { sendWrite } from './logs.ts';

function makeWrite(overrides: Partial<QueuedWrite> = {}): QueuedWrite {
  return {
    id: '6f1c1c56-5d7c-4f43-9a0e-2b1c8d1e0a11',
    kind: 'morning',
    accountId: 'p1',
    payload: { pain: 3, localDate: '2026-11-25' },
    localDate: '2026-11-25',
    createdAt: 0,
    attempts: 0,
    nextAttemptAt: 0,
    state: 'waiting',
    error: null,
    ...overrides,
  };
}

function answer(status: number, body: unknown = {}) {
  const fetch = vi.fn(async () => Response.json(body, { status }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
  rememberCsrfToken(null);
});

describe('sendWrite', () => {
  it("posts to the person's record with the write's id as idempotency key", async () => {
    rememberCsrfToken('tok');
    const fetch = answer(201);
    expect(await sendWrite(makeWrite())).toEqual({ kind: 'sent' });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/patients/p1/mornings');
    expect(init.headers).toMatchObject({ 'idempotency-key': '6f1c1c56-5d7c-4f43-9a0e-2b1c8d1e0a11' });
    expect(JSON.parse(String(init.body))).toEqual({ pain: 3, localDate: '2026-11-25' });
  });

  it('sends a later pain-after answer to its session, with only the answer in the body', async () => {
    rememberCsrfToken('tok');
    const fetch = answer(200);
    await sendWrite(
      makeWrite({ kind: 'session_after', payload: { sessionId: 's-1', after: 2, localDate: 'x' } }),
    );
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/patients/p1/sessions/s-1/after');
    expect(JSON.parse(String(init.body))).toEqual({ after: 2 });
  });

  it('keeps a refused write with the field and message of the answer', async () => {
    rememberCsrfToken('tok');
    answer(409, { error: 'conflict', message: 'You already answered this morning' });
    expect(await sendWrite(makeWrite())).toEqual({
      kind: 'rejected',
      error: { status: 409, message: 'You already answered this morning', field: null },
    });
  });

  it('retries on server trouble and on a dropped connection, and waits for sign-in on 401', async () => {
    rememberCsrfToken('tok');
    answer(503);
    expect(await sendWrite(makeWrite())).toEqual({ kind: 'retry' });
    answer(401, { error: 'unauthenticated', message: 'Sign in' });
    expect(await sendWrite(makeWrite())).toEqual({ kind: 'signed_out' });
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await sendWrite(makeWrite())).toEqual({ kind: 'retry' });
  });
});
