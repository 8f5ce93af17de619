// Getting to know you resumes where the person stopped (on the server, and within a questionnaire on
// the device); the week 6 check-in appears on Today when due (test clock) and scores the same goals.
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { installClock, moveDays, resetClock } from './support/clock.ts';
import { recordWeekZeroMeasures, signUpPerson, startProgramme } from './support/people.ts';
import { screenshot } from './support/screenshots.ts';

test.afterEach(({ baseURL }) => resetClock(baseURL ?? ''));

const tap = (page: Page, label: string) => page.getByRole('button', { name: label, exact: true }).click();

test('getting to know you goes on where the person stopped, even mid-questionnaire', async ({ page }) => {
  await signUpPerson(page);
  await page.goto('/screening');
  await page.getByRole('button', { name: 'Start the questions' }).click();
  for (let i = 1; i <= 7; i++) await tap(page, 'No');
  await page.getByRole('button', { name: 'None of these' }).click();
  await tap(page, 'No');
  await page.getByRole('link', { name: 'Go on' }).click();
  await page.getByRole('button', { name: 'Not sure, or something else' }).click();
  await page.getByLabel('Goal 1: what is hard to do?').fill('Carry the shopping');
  await page.getByRole('button', { name: 'Next' }).click();
  await tap(page, '2 out of 10');
  await page.getByRole('button', { name: 'Add another goal' }).click();
  await page.getByLabel('Goal 2: what is hard to do?').fill('Sleep all night');
  await page.getByRole('button', { name: 'Next' }).click();
  await tap(page, '4 out of 10');
  await page.getByRole('button', { name: "No, that's all" }).click();
  for (const answer of ['5 out of 10', '4 out of 10', '4 out of 10']) await tap(page, answer);
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  for (let i = 0; i < 3; i++) await tap(page, '2 out of 6');
  await expect(page.getByText('Question 4 of 10')).toBeVisible();

  // The app is closed and opened again later: Today says how far the person has come; the
  // questionnaire opens at the question after the last answer.
  await page.goto('/today');
  await expect(page.getByText('3 of 9 steps done.')).toBeVisible();
  await page.getByRole('link', { name: 'Go on' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'How sure you feel' })).toBeVisible();
  await expect(page.getByText('Question 4 of 10')).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('button', { name: '2 out of 6', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('the week 6 check-in shows on Today when due and scores the same goals again', async ({
  page,
}, testInfo) => {
  const person = await signUpPerson(page);
  await startProgramme(page, person);
  await recordWeekZeroMeasures(page, person);
  await installClock(page);
  await page.goto('/today');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByText('Your week 6 check-in')).toBeHidden();

  // Six weeks of opening the app now and then (a session lasts 30 days from the last visit).
  for (let i = 0; i < 3; i++) {
    await moveDays(page, 14);
    await page.goto('/today');
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: 'Your week 6 check-in' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '69-today-week-6');
  await page.getByRole('link', { name: 'Start the check-in' }).click();
  await expect(page.getByText('Part 1 of 4')).toBeVisible();
  await expect(page.getByText('Walk to the shop')).toBeVisible();
  await tap(page, '6 out of 10');
  for (const answer of ['3 out of 10', '3 out of 10', '2 out of 10']) await tap(page, answer);
  for (let i = 0; i < 10; i++) await tap(page, '4 out of 6');
  await tap(page, 'Not at all');
  await tap(page, 'Not at all');
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you' })).toBeVisible();
  await expectNoAxeViolations(page);
  const measures = await (await page.request.get(`/api/patients/${person.id}/measures`)).json();
  const psfs = measures.find(
    (m: { instrument: string; week: number }) => m.instrument === 'PSFS' && m.week === 6,
  );
  expect(psfs).toMatchObject({ items: [{ name: 'Walk to the shop', score: 6 }], changeFromFirst: 2 });
  await page.goto('/today');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByText('Your week 6 check-in')).toBeHidden();
});
