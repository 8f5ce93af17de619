// Settings on the real server: display choices saved to the account (and found on another device),
// reminder times, reminders by web push reaching a stand-in push service, a copy of the data, and
// deleting the account only after the password is typed again.
import { readFileSync } from 'node:fs';
import { expect, type Page, request, test } from '@playwright/test';
import { decryptPush, makeDeviceKeys, startPushService } from '../packages/server/src/test/push-service.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import {
  PASSWORD,
  type Person,
  recordWeekZeroMeasures,
  signUpPerson,
  startProgramme,
} from './support/people.ts';
import { screenshot } from './support/screenshots.ts';

async function me(page: Page) {
  return (await page.request.get('/api/auth/me')).json();
}

async function signIn(page: Page, person: Person): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('text size, low-energy mode and language follow the person to another device', async ({
  page,
  browser,
}) => {
  const person = await signUpPerson(page);
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'Larger' }).check();
  await page.getByRole('checkbox', { name: 'Show only what I need today' }).check();
  await expect(page.getByRole('link', { name: 'Progress' })).toBeHidden();
  await page.getByRole('radio', { name: 'Español' }).check();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect
    .poll(async () => me(page))
    .toMatchObject({ textSize: 'larger', lowEnergy: true, locale: 'es' });
  await expectNoAxeViolations(page);

  const other = await browser.newContext({ locale: 'en-GB' });
  const phone = await other.newPage();
  await signIn(phone, person);
  await expect(phone.locator('html')).toHaveAttribute('data-text-size', 'larger');
  await expect(phone.locator('html')).toHaveAttribute('data-low-energy', 'true');
  await expect(phone.locator('html')).toHaveAttribute('lang', 'es');
  await expect(phone.getByRole('heading', { level: 1, name: 'Hoy' })).toBeVisible();
  await other.close();
});

test('reminders at chosen times reach this phone by web push', async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  const person = await signUpPerson(page);
  await startProgramme(page, person);
  await recordWeekZeroMeasures(page, person);
  const pushService = await startPushService();
  const device = makeDeviceKeys();
  // Headless Chromium cannot reach a real push service: the browser's subscribe() hands out one for the
  // stand-in instead (keys made here, so this test can read what arrives). Everything else is real.
  await context.grantPermissions(['notifications']);
  await page.addInitScript(
    ({ endpoint, keys }) => {
      let subscribed: PushSubscription | null = null;
      const fake = {
        endpoint,
        toJSON: () => ({ endpoint, keys }),
        unsubscribe: async () => {
          subscribed = null;
          return true;
        },
      } as unknown as PushSubscription;
      PushManager.prototype.subscribe = async () => {
        subscribed = fake;
        return fake;
      };
      PushManager.prototype.getSubscription = async () => subscribed;
    },
    { endpoint: `${pushService.origin}/push/phone`, keys: device.keys },
  );
  try {
    await page.goto('/settings');
    const reminders = page.getByRole('region', { name: 'Reminders' });
    await expect(reminders.getByText('No reminder times yet.')).toBeVisible();
    await reminders.getByLabel('Add a time').fill('08:30');
    await reminders.getByRole('button', { name: 'Add this time' }).click();
    await expect(reminders.getByText('08:30')).toBeVisible();
    await reminders.getByRole('button', { name: 'Remind me on this phone' }).click();
    await expect(reminders.getByText('Reminders come to this phone.')).toBeVisible();
    await expectNoAxeViolations(page);
    await screenshot(page, testInfo, '41-settings-reminders');
    const saved = await (await page.request.get(`/api/patients/${person.id}/reminders`)).json();
    expect(saved).toMatchObject({ times: ['08:30'], timeZone: 'Europe/Madrid' });

    // 08:30 comes: the server sends the reminder (here on demand, as its schedule would).
    const api = await request.newContext({ baseURL: baseURL ?? '' });
    const { csrfToken } = await (await api.get('/api/auth/csrf')).json();
    const run = await api.post('/api/test/reminders/run', {
      data: { patientId: person.id },
      headers: { 'x-csrf-token': csrfToken },
    });
    expect(run.status()).toBe(200);
    await api.dispose();
    expect(pushService.received).toHaveLength(1);
    const message = JSON.parse(
      decryptPush((pushService.received[0] ?? { body: Buffer.alloc(0) }).body, device),
    );
    expect(message).toMatchObject({
      body: 'How is your pain this morning? One tap to answer.',
      url: '/today',
    });

    // The phone's side: the service worker shows that message as a notification (push-sw.js), handed
    // the decrypted payload as a push event, as the browser would.
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const shown = await worker.evaluate(async (payload) => {
      // The parts of the worker's global scope used here (the e2e types have no WebWorker library).
      type Shown = { title: string; body: string; tag: string; data: unknown };
      const sw = self as unknown as {
        PushEvent: new (type: string, init: { data: string }) => Event;
        dispatchEvent(event: Event): boolean;
        registration: { getNotifications(): Promise<Shown[]> };
      };
      sw.dispatchEvent(new sw.PushEvent('push', { data: payload }));
      for (let i = 0; i < 50; i++) {
        const list = await sw.registration.getNotifications();
        if (list.length > 0)
          return list.map((n) => ({ title: n.title, body: n.body, tag: n.tag, data: n.data }));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return [];
    }, JSON.stringify(message));
    expect(shown).toEqual([
      {
        title: 'Steadily',
        body: 'How is your pain this morning? One tap to answer.',
        tag: message.tag,
        data: { url: '/today' },
      },
    ]);

    // The same times in any calendar app, by a secret link.
    await reminders.getByRole('button', { name: 'Get my calendar link' }).click();
    await expect(reminders.getByRole('link', { name: 'Add to my calendar' })).toHaveAttribute(
      'href',
      /^webcal:\/\//,
    );
    const link = await reminders.getByLabel('Calendar link').inputValue();
    const feed = await (await page.request.get(link)).text();
    expect(feed).toContain('BEGIN:VCALENDAR');
    expect(feed).toMatch(/DTSTART;TZID=[A-Za-z_/]+:\d{8}T083000/);
    expect(feed).toMatch(/RRULE:FREQ=WEEKLY;BYDAY=/);
    expect(feed).toContain('Walking 7 min');
    await expectNoAxeViolations(page);
    await screenshot(page, testInfo, '42-settings-calendar');

    await reminders.getByRole('button', { name: 'Stop reminders on this phone' }).click();
    await expect(reminders.getByRole('button', { name: 'Remind me on this phone' })).toBeVisible();
  } finally {
    await pushService.close();
  }
});

test('a copy of my data downloads as JSON and as CSV tables', async ({ page }) => {
  const person = await signUpPerson(page);
  await startProgramme(page, person);
  await page.goto('/settings');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download my data' }).click();
  const file = await (await download).path();
  const data = JSON.parse(readFileSync(file, 'utf8'));
  expect(data.account).toMatchObject({ email: person.email });
  expect(data.programmes[0].exercises[0]).toMatchObject({ name: 'Walking' });

  const table = page.waitForEvent('download');
  await page.getByRole('link', { name: 'My dose changes' }).click();
  const tableFile = await table;
  // Named after the person and the day; a UTF-8 byte-order mark first, for Excel.
  expect(tableFile.suggestedFilename()).toMatch(/^steadily-.+-decisions-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync(await tableFile.path(), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv.slice(1).split('\r\n')[0]).toBe(
    'date,exercise,unit,action,zone,previous_quota,quota,reason,decided_at,dosing',
  );
  expect(csv).toContain('Walking,minutes,start,,7,7,"We start Walking at 7 minutes.');
  await expectNoAxeViolations(page);
});

test('deleting the account asks for the password, then nothing is left to sign in to', async ({
  page,
}, testInfo) => {
  const person = await signUpPerson(page);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await page.getByLabel('Type your password to be sure').fill('not my password at all');
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.getByText('That password is not right. Nothing was deleted.')).toBeVisible();
  await page.getByLabel('Type your password to be sure').fill(PASSWORD);
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '40-settings-delete');
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page).toHaveURL(/\/start$/);
  await signIn(page, person);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeHidden();
  expect(
    (
      await page.request.post('/api/auth/sign-in', { data: { email: person.email, password: PASSWORD } })
    ).status(),
  ).not.toBe(200);
});

test('signing out leads back to the start, and signing in again opens Today', async ({ page }) => {
  const person = await signUpPerson(page);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/start$/);
  await signIn(page, person);
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});
