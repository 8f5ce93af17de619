// A small HTTP client over app.inject with a cookie jar and the CSRF header, acting as one browser.
import type { FastifyInstance } from 'fastify';

// Tests assert on response bodies field by field; an untyped body keeps those assertions short.
// biome-ignore lint/suspicious/noExplicitAny: test-only convenience, see above
type Body = any;

export interface Response<T = Body> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
}

export class TestClient {
  readonly app: FastifyInstance;
  readonly cookies = new Map<string, string>();
  csrfToken: string | null = null;
  /** The address the requests come from (app.inject's default is 127.0.0.1). */
  readonly remoteAddress: string | undefined;
  constructor(app: FastifyInstance, options: { remoteAddress?: string } = {}) {
    this.app = app;
    this.remoteAddress = options.remoteAddress;
  }

  async request<T = Body>(
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response<T>> {
    const unsafe = method !== 'GET' && method !== 'HEAD';
    if (unsafe && this.csrfToken === null) await this.fetchCsrf();
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await this.app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(cookie !== '' && { cookie }),
        ...(unsafe && this.csrfToken !== null && { 'x-csrf-token': this.csrfToken }),
        ...headers,
      },
      ...(body !== undefined && { payload: body as object }),
      ...(this.remoteAddress !== undefined && { remoteAddress: this.remoteAddress }),
    });
    for (const c of res.cookies) {
      // clearCookie() expires in 1970; real expiry is judged by the server's (manual) clock.
      const expired = c.expires !== undefined && new Date(c.expires).getTime() < Date.UTC(2000, 0, 1);
      if (c.value === '' || expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const type = String(res.headers['content-type'] ?? '');
    return {
      status: res.statusCode,
      body: (type.includes('json') ? res.json() : res.body) as T,
      headers: res.headers,
    };
  }

  async fetchCsrf(): Promise<void> {
    const res = await this.request<{ csrfToken: string }>('GET', '/api/auth/csrf');
    this.csrfToken = res.body.csrfToken;
  }

  get = <T = Body>(url: string) => this.request<T>('GET', url);
  post = <T = Body>(url: string, body?: unknown) => this.request<T>('POST', url, body ?? {});
  put = <T = Body>(url: string, body?: unknown) => this.request<T>('PUT', url, body ?? {});
  patch = <T = Body>(url: string, body?: unknown) => this.request<T>('PATCH', url, body ?? {});
  delete = <T = Body>(url: string, body?: unknown) => this.request<T>('DELETE', url, body);
}
