// Today against a stand-in API (the server's routes are not there yet): logging in three taps, the
// morning check-in, a flare, and a log made offline that is sent once when the phone is back online.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { mockApi } from './support/mock-api.ts';
import { screenshot } from './support/screenshots.ts';

// Requests from a service worker bypass page.route; these tests are about the page's own logic.
test.use({ serviceWorkers: 'block' });

const me = {
  id: 'p1',
  email: 'ana@example.com',
  displayName: 'Ana',
  role: 'patient',
  locale: 'en',
  timeZone: 'Europe/Madrid',
};
const today = {
  localDate: '2026-11-25',
  day: 3,
  mode: 'normal',
  flags: [],
  openFlare: null,
  morningDone: false,
  flarePlan: null,
  exercises: [
    {
      id: 'walk',
      name: 'Walking',
      unit: 'minutes',
      quota: 11,
      paused: false,
      doneToday: 0,
      change: {
        action: 'progress',
        day: 3,
        reasonCode: 'progress',
        reasonParams: { exercise: 'walking', from: 10, to: 11, unit: 'minutes', count: 2 },
        reason: '',
        zone: 'GREEN',
      },
    },
  ],
};

test('a session is logged in three taps, with its id and local date', async ({ page }, testInfo) => {
  const { writes } = await mockApi(page, { '/auth/me': me, '/patients/p1/today': today });
  await page.goto('/today');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByText('So walking goes up from 10 to 11 minutes.')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '10-today');

  let taps = 0;
  await page.getByRole('button', { name: 'I did it: 11 minutes' }).click();
  taps++;
  await screenshot(page, testInfo, '11-today-peak');
  const card = page.getByRole('region', { name: 'Walking' });
  await card
    .getByRole('group', { name: 'Your worst pain while doing it?' })
    .getByRole('button', { name: '4 out of 10' })
    .click();
  taps++;
  await card
    .getByRole('group', { name: /Your pain now/ })
    .getByRole('button', { name: '3 out of 10' })
    .click();
  taps++;
  await expect(page.getByText('Well done. Your exercise is saved.')).toBeVisible();
  expect(taps).toBeLessThanOrEqual(3);

  await expect.poll(() => writes.length).toBe(2);
  const [session, after] = writes;
  expect(session?.path).toBe('/patients/p1/sessions');
  expect(session?.body).toMatchObject({
    exerciseId: 'walk',
    done: 'quota',
    peak: 4,
    localDate: '2026-11-25',
  });
  expect(session?.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
  expect(after?.path).toBe(`/patients/p1/sessions/${session?.idempotencyKey}/after`);
  expect(after?.body).toEqual({ after: 3 });
  await expectNoAxeViolations(page);
});

test('a morning check-in made offline waits on the phone and is sent once when back online', async ({
  page,
  context,
}, testInfo) => {
  const api = await mockApi(page, { '/auth/me': me, '/patients/p1/today': today });
  await page.goto('/today');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await context.setOffline(true);
  api.offline = true;
  await page
    .getByRole('group', { name: 'How is your pain this morning?' })
    .getByRole('button', { name: '5 out of 10' })
    .click();
  await expect(page.getByText('1 log waiting to send.')).toBeVisible();
  await expect(page.getByText('You are offline.')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '12-today-offline');
  expect(api.writes).toHaveLength(0);

  // The app is closed and opened again, the network still down: the log is still waiting (IndexedDB).
  await context.setOffline(false);
  await page.reload();
  await expect(page.getByText('1 log waiting to send.')).toBeVisible();
  expect(api.writes).toHaveLength(0);
  // The network comes back: the phone reports it, and the outbox sends at once.
  api.offline = false;
  await context.setOffline(true);
  await context.setOffline(false);
  await expect(page.getByText('1 log waiting to send.')).toBeHidden({ timeout: 10_000 });
  expect(api.writes.map((w) => w.path)).toEqual(['/patients/p1/mornings']);
  expect(api.writes[0]?.body).toMatchObject({
    pain: 5,
    localDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  });
});

test('"I\'m having a flare" shows the flare plan at once', async ({ page }, testInfo) => {
  const { writes } = await mockApi(page, { '/auth/me': me, '/patients/p1/today': today });
  await page.goto('/today');
  await page.getByRole('button', { name: "I'm having a flare" }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Flares happen. You did nothing wrong.' }),
  ).toBeVisible();
  await expect(page.getByText('Keep moving gently.')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '13-flare-plan');
  await expect.poll(() => writes.map((w) => w.path)).toEqual(['/patients/p1/flares']);
});

test('an urgent symptom says what to do now', async ({ page }, testInfo) => {
  const { writes } = await mockApi(page, { '/auth/me': me, '/patients/p1/today': today });
  await page.goto('/today');
  await page.getByRole('button', { name: 'Anything unusual?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anything unusual?' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '14-unusual');
  await page.getByRole('button', { name: 'Chest pain or pressure' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Please stop exercising now' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '15-urgent');
  await expect
    .poll(() => writes.map((w) => [w.path, w.body.symptom]))
    .toEqual([['/patients/p1/symptoms', 'chest_pain']]);
});

test('a pausing symptom pauses the chosen exercise, then asks the warning-sign questions again', async ({
  page,
}, testInfo) => {
  const { writes } = await mockApi(page, { '/auth/me': me, '/patients/p1/today': today });
  await page.goto('/today/unusual');
  await page.getByRole('button', { name: 'New numbness or weakness' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Which exercise were you doing?' })).toBeVisible();
  await page.getByRole('button', { name: 'Walking' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'We have paused this exercise' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '16-paused');
  await page.getByRole('link', { name: 'Answer the warning-sign questions' }).click();
  await page.getByRole('button', { name: 'None of these' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you for checking' })).toBeVisible();
  const paths = writes.map((w) => [w.path, w.body.symptom ?? w.body.redFlags, w.body.exerciseId]);
  expect(paths).toEqual([
    ['/patients/p1/symptoms', 'numbness_weakness', 'walk'],
    ['/patients/p1/red-flags', [], undefined],
  ]);
});
