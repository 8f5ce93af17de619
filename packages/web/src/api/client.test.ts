import { afterEach, describe, expect, it, vi } from 'vitest';
import { rememberCsrfToken, request } from './client.ts';
import { ApiError, NetworkError } from './errors.ts';

function reply(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  rememberCsrfToken(null);
});

describe('request', () => {
  it('echoes the CSRF token it was given on the next write, not on reads', async () => {
    const fetch = vi.fn(async () => reply(200, { ok: true }, { 'x-csrf-token': 'tok-1' }));
    vi.stubGlobal('fetch', fetch);
    await request('GET', '/me');
    await request('POST', '/mornings', { body: { pain: 3 }, idempotencyKey: 'key-1' });
    const [, read] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    const [url, write] = fetch.mock.calls[1] as unknown as [string, RequestInit];
    expect((read.headers as Record<string, string>)['x-csrf-token']).toBeUndefined();
    expect(url).toBe('/api/mornings');
    expect(write.headers).toMatchObject({ 'x-csrf-token': 'tok-1', 'idempotency-key': 'key-1' });
    expect(write.credentials).toBe('same-origin');
    expect(write.body).toBe('{"pain":3}');
  });

  it('fetches a CSRF token before the first write', async () => {
    const fetch = vi.fn(async (url: string) =>
      url === '/api/auth/csrf' ? reply(200, { csrfToken: 'fresh' }) : reply(201, { ok: true }),
    );
    vi.stubGlobal('fetch', fetch);
    await request('POST', '/patients/p1/flares', { body: { localDate: '2026-01-02' } });
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/api/auth/csrf', '/api/patients/p1/flares']);
    const [, write] = fetch.mock.calls[1] as unknown as [string, RequestInit];
    expect(write.headers).toMatchObject({ 'x-csrf-token': 'fresh' });
  });

  it('gets a new CSRF token once when the server refuses the old one', async () => {
    rememberCsrfToken('stale');
    const answers = [
      reply(403, { error: 'csrf', message: 'Bad token' }),
      reply(200, { csrfToken: 'new' }),
      reply(201, {}),
    ];
    const fetch = vi.fn(async () => answers.shift() ?? reply(500, {}));
    vi.stubGlobal('fetch', fetch);
    await request('POST', '/patients/p1/flares', { body: {} });
    const [, retried] = fetch.mock.calls[2] as unknown as [string, RequestInit];
    expect(retried.headers).toMatchObject({ 'x-csrf-token': 'new' });
  });

  it('throws a typed error with the field of a 400 answer', async () => {
    vi.stubGlobal('fetch', async () =>
      reply(400, { error: { message: 'Use a valid email', field: 'email' } }),
    );
    const error = await request('POST', '/auth/sign-up', { body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, field: 'email', message: 'Use a valid email' });
  });

  it('says when the network is down', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(request('GET', '/today')).rejects.toBeInstanceOf(NetworkError);
  });

  it('returns undefined for 204 No Content', async () => {
    rememberCsrfToken('tok');
    vi.stubGlobal('fetch', async () => new Response(null, { status: 204 }));
    await expect(request('DELETE', '/auth/sessions/s1')).resolves.toBeUndefined();
  });
});
