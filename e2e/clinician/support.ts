// What the clinician's browser tests share: the admin clinician made by admin.setup.ts, API calls in
// a browser context's own cookie jar, and the server's test clock moved together with the pages'.
import { randomUUID } from 'node:crypto';
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  expect,
  type Page,
  test,
} from '@playwright/test';
import { testEmail } from '../support/people.ts';

export const ADMIN = {
  email: 'clinic-admin@example.test',
  password: 'a long enough phrase',
  name: 'Dr Vega',
};
export const PASSWORD = 'a long enough phrase';

async function csrf(api: APIRequestContext): Promise<string> {
  return (await (await api.get('/api/auth/csrf')).json()).csrfToken;
}

/** A write through the API as whoever the context is signed in as; fails the test on an error. */
export async function send(api: APIRequestContext, method: 'POST' | 'PUT', url: string, data: unknown) {
  const res = await api.fetch(url, {
    method,
    data,
    headers: { 'x-csrf-token': await csrf(api), 'idempotency-key': randomUUID() },
  });
  expect(res.ok(), `${method} ${url}: ${res.status()} ${await res.text()}`).toBe(true);
  return res.json();
}

export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** A new browser context with the project's base URL, locale and time zone (and any options given). */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const { baseURL, locale, timezoneId } = test.info().project.use;
  return browser.newContext({ baseURL, locale, timezoneId, ...options });
}

/** A phone, for the patient's side of a journey. */
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};

/** A patient who joins through an invitation by API, in a context of their own. */
export async function invitedPatient(browser: Browser, clinician: APIRequestContext, displayName: string) {
  const invitation = await send(clinician, 'POST', '/api/invitations', { kind: 'patient' });
  const context = await newContext(browser);
  const email = testEmail(displayName, 'example.test');
  const me = await send(context.request, 'POST', '/api/auth/sign-up', {
    email,
    password: PASSWORD,
    displayName,
    timeZone: 'Europe/Madrid',
    invitationCode: invitation.code,
  });
  return { id: me.id as string, email, context };
}

/**
 * A clinician of their own, invited by the admin: a spec whose patients must not join the admin's
 * caseload (caseload.spec.ts counts that caseload's rows) works as this clinician.
 */
export async function invitedClinician(browser: Browser, admin: APIRequestContext, displayName: string) {
  const invitation = await send(admin, 'POST', '/api/invitations', { kind: 'clinician' });
  const context = await newContext(browser);
  const email = testEmail(displayName, 'example.test');
  await send(context.request, 'POST', '/api/auth/sign-up', {
    email,
    password: PASSWORD,
    displayName,
    timeZone: 'Europe/Madrid',
    invitationCode: invitation.code,
  });
  return { email, context };
}

export const CLEAR_SCREENING = {
  clearance: { general: [false, false, false, false, false, false, false] },
  redFlags: [],
  pem: false,
};

/**
 * The server's test clock moves for everyone, forward only: each page's own clock is set to the
 * server's time after every move, so the phone, the laptop and the server agree on the day.
 */
export async function moveDays(pages: Page[], days: number): Promise<void> {
  const first = pages[0] as Page;
  const res = await first.request.post('/api/test/clock', {
    data: { days },
    headers: { 'x-csrf-token': await csrf(first.request) },
  });
  expect(res.status(), await res.text()).toBe(200);
  const now = new Date((await res.json()).now);
  for (const page of pages) await page.clock.setSystemTime(now);
}

/**
 * The server's today for a patient in Europe/Madrid (as invitedPatient signs them up): the test clock,
 * which earlier specs have moved forward, not the real date.
 */
export async function serverLocalDate(api: APIRequestContext): Promise<string> {
  const res = await api.post('/api/test/clock', {
    data: { days: 0 },
    headers: { 'x-csrf-token': await csrf(api) },
  });
  expect(res.status(), await res.text()).toBe(200);
  const now = new Date((await res.json()).now);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid' }).format(now);
}

/** Installs a controllable clock in a page and sets it to the server's time. */
export async function syncedPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.clock.install();
  await moveDays([page], 0);
  return page;
}
