// Issue 12: a stop stops, and a self-guided person never hits a dead end. From Today, an urgent symptom
// asks once whether it is happening now (a mis-tap goes back), then stops: Today shows one urgent-care
// panel with the number to call and nothing to log, and the server refuses a session. The person — no
// clinician follows them — starts the plan again after confirming, with the date, that a doctor checked
// them. A paused exercise comes back once they confirm it has settled.
import { randomUUID } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { type Person, recordWeekZeroMeasures, signUpPerson, startProgramme } from './support/people.ts';
import { screenshot } from './support/screenshots.ts';

// Many screens, each checked with axe, on two shared cores.
test.setTimeout(120_000);

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

async function personWithPlan(page: Page): Promise<Person> {
  const person = await signUpPerson(page, 'Sol');
  await startProgramme(page, person);
  await recordWeekZeroMeasures(page, person);
  return person;
}

async function postSession(page: Page, person: Person) {
  const csrf = (await (await page.request.get('/api/auth/csrf')).json()).csrfToken;
  const localDate = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
  const today = await (await page.request.get(`/api/patients/${person.id}/today`)).json();
  return page.request.post(`/api/patients/${person.id}/sessions`, {
    data: { localDate, exerciseId: today.exercises[0].id, done: 40, peak: 3, after: 3 },
    headers: { 'x-csrf-token': csrf, 'idempotency-key': randomUUID() },
  });
}

test('a stop from Today: confirmed, one urgent-care panel, nothing to log; resumed once a doctor has checked them', async ({
  page,
}, testInfo) => {
  const person = await personWithPlan(page);
  await page.goto('/today');
  await page.getByRole('button', { name: 'Anything unusual?' }).click();
  await expect(heading(page, 'Anything unusual?')).toBeVisible();
  // The "Stop now" choices stand apart from the "Tell us" ones.
  const urgent = page.getByRole('group', { name: 'Stop now if you have' });
  await expect(urgent.getByRole('button', { name: 'Chest pain or pressure' })).toHaveClass(/danger/);
  await expect(
    page
      .getByRole('group', { name: 'Tell us if you have' })
      .getByRole('button', { name: 'New numbness or weakness' }),
  ).not.toHaveClass(/danger/);

  // A mis-tap: asked once, and "No" goes back with nothing stopped.
  await urgent.getByRole('button', { name: 'Chest pain or pressure' }).click();
  await expect(heading(page, 'Are you having chest pain or pressure now?')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '60-stop-confirm');
  await page.getByRole('button', { name: 'No, go back' }).click();
  await expect(heading(page, 'Anything unusual?')).toBeVisible();
  expect((await (await page.request.get(`/api/patients/${person.id}/today`)).json()).mode).toBe('normal');

  await urgent.getByRole('button', { name: 'Chest pain or pressure' }).click();
  await page.getByRole('button', { name: 'Yes, stop now' }).click();
  await expect(heading(page, 'Please stop exercising now')).toBeVisible();
  await expect(page.getByText(/call 112 now/)).toBeVisible();
  await expect(page.getByText(/Once a doctor has checked you/)).toBeVisible();
  await expect(page.getByText(/care team|clinician/i)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await expect
    .poll(async () => (await (await page.request.get(`/api/patients/${person.id}/today`)).json()).mode)
    .toBe('stopped');

  // Today: one urgent-care panel, nothing to log.
  await page.getByRole('link', { name: 'Back to today' }).click();
  const panel = page.getByRole('region', { name: 'Your plan is stopped to keep you safe' });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Call 112' })).toHaveAttribute('href', 'tel:112');
  await expect(page.getByRole('button', { name: /I did it/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: "I'm having a flare" })).toHaveCount(0);
  await expect(page.getByText(/You are in a flare/)).toHaveCount(0);
  await expect(page.getByText(/care team|clinician/i)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '61-stop-today');

  // The server refuses a session dated from the stop on.
  const refused = await postSession(page, person);
  expect(refused.status()).toBe(409);
  expect((await refused.json()).message).toMatch(/stopped for your safety/);

  // A self-guided resume: only with the doctor's check confirmed.
  await panel.getByRole('button', { name: 'A doctor has checked me' }).click();
  await expect(panel.getByLabel('The date the doctor checked you')).toBeVisible();
  await expectNoAxeViolations(page);
  await panel.getByRole('button', { name: 'Start my plan again' }).click();
  await expect(panel.getByText('Please tick the box to say a doctor has checked you.')).toBeVisible();
  await panel.getByLabel('A doctor checked me and said I can exercise again').check();
  await panel.getByRole('button', { name: 'Start my plan again' }).click();
  await expect(page.getByRole('button', { name: 'I did it: 7 minutes' })).toBeVisible();
  await expect(page.getByText(/You said it is safe to go on/)).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '62-stop-resumed');
  expect((await (await page.request.get(`/api/patients/${person.id}/today`)).json()).mode).toBe('normal');
});

test('a self-guided person starts a paused exercise again once it has settled', async ({
  page,
}, testInfo) => {
  await personWithPlan(page);
  await page.goto('/today/unusual');
  await page.getByRole('button', { name: 'A sharp pain, not like your usual pain' }).click();
  await page.getByRole('button', { name: 'Walking' }).click();
  await expect(heading(page, 'We have paused this exercise')).toBeVisible();
  await expect(page.getByText(/Once it has settled, you can start it again/)).toBeVisible();
  await expect(page.getByText(/care team|clinician/i)).toHaveCount(0);
  await page.getByRole('link', { name: 'Back to today' }).click();
  const walk = page.getByRole('region', { name: 'Walking' });
  await expect(walk.getByText(/Paused for now/)).toBeVisible();
  await expect(walk.getByText(/clinician/i)).toHaveCount(0);
  await expect(walk.getByRole('button', { name: /I did it/ })).toHaveCount(0);
  await walk.getByRole('button', { name: 'It has settled' }).click();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '63-paused-settled');
  await walk.getByRole('button', { name: 'Yes, it has settled. Start again' }).click();
  await expect(walk.getByRole('button', { name: 'I did it: 7 minutes' })).toBeVisible();
  await expectNoAxeViolations(page);
});
