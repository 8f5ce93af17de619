// Moves time for a whole journey: the server's test clock (POST /api/test/clock, only in test mode)
// and the browser's clock together, so the phone and the server agree on what day it is.
import { expect, type Page, request } from '@playwright/test';

/** Call before the first page.goto: the page's Date then follows what moveDays sets. */
export async function installClock(page: Page): Promise<void> {
  await page.clock.install();
}

/** Moves both clocks forward, through a request context of its own (the page's cookies stay as they are). */
export async function moveDays(page: Page, days: number, minutes = 0): Promise<Date> {
  const api = await request.newContext({ baseURL: new URL(page.url()).origin });
  try {
    const { csrfToken } = await (await api.get('/api/auth/csrf')).json();
    const res = await api.post('/api/test/clock', {
      data: { days, minutes },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(res.status(), await res.text()).toBe(200);
    const now = new Date((await res.json()).now);
    await page.clock.setSystemTime(now);
    return now;
  } finally {
    await api.dispose();
  }
}
