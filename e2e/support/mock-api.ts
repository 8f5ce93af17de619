// A stand-in API for browser tests of screens whose server routes do not exist yet: answers the few
// reads a screen needs and records every write as it arrives (so a test sees any duplicate). Replace with the real server as routes land.
import type { Page, Request } from '@playwright/test';

export interface RecordedWrite {
  path: string;
  idempotencyKey: string | null;
  body: Record<string, unknown>;
}

export interface MockApi {
  writes: RecordedWrite[];
  /** Routed requests ignore the browser's offline mode: set this too, to make them fail. */
  offline: boolean;
}

export async function mockApi(page: Page, reads: Record<string, unknown>): Promise<MockApi> {
  const api: MockApi = { writes: [], offline: false };
  await page.route('**/api/**', async (route) => {
    if (api.offline) {
      await route.abort('internetdisconnected');
      return;
    }
    const request: Request = route.request();
    const path = new URL(request.url()).pathname.replace(/^\/api/, '');
    if (request.method() === 'GET') {
      const body = path === '/auth/csrf' ? { csrfToken: 'test-token' } : reads[path];
      await route.fulfill(
        body === undefined
          ? { status: 404, json: { error: { message: 'Not found' } } }
          : { status: 200, json: body },
      );
      return;
    }
    const idempotencyKey = request.headers()['idempotency-key'] ?? null;
    api.writes.push({ path, idempotencyKey, body: request.postDataJSON() as Record<string, unknown> });
    await route.fulfill({ status: 201, json: { ok: true } });
  });
  return api;
}
