// Moves time for a whole journey: the server's test clock (POST /api/test/clock, only in test mode)
// and the browser's clock together, so the phone and the server agree on what day it is. The server is
// shared by every test: a test that moves the clock puts it back with resetClock() when it ends.
import { expect, type Page, request } from '@playwright/test';

/** Call before the first page.goto: the page's Date then follows what moveDays sets. */
export async function installClock(page: Page): Promise<void> {
  await page.clock.install();
}

async function postClock(origin: string, body: { days?: number; minutes?: number; reset?: boolean }) {
  const api = await request.newContext({ baseURL: origin });
  try {
    const { csrfToken } = await (await api.get('/api/auth/csrf')).json();
    const res = await api.post('/api/test/clock', { data: body, headers: { 'x-csrf-token': csrfToken } });
    expect(res.status(), await res.text()).toBe(200);
    return new Date((await res.json()).now);
  } finally {
    await api.dispose();
  }
}

/** Moves both clocks forward, through a request context of its own (the page's cookies stay as they are). */
export async function moveDays(page: Page, days: number, minutes = 0): Promise<Date> {
  const now = await postClock(new URL(page.url()).origin, { days, minutes });
  await page.clock.setSystemTime(now);
  return now;
}

/** The server's clock back to real time (for the tests that come after). */
export async function resetClock(baseURL: string): Promise<void> {
  await postClock(baseURL, { reset: true });
}
