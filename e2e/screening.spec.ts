// The safety questions on the real server: the common path ends on "you can start"; a red flag ends
// on what to do now; a long-term condition opens its follow-ups. The server's record is checked too.
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { type Person, signUpPerson } from './support/people.ts';
import { screenshot } from './support/screenshots.ts';

async function record(page: Page, person: Person) {
  const res = await page.request.get(`/api/patients/${person.id}`);
  expect(res.ok()).toBe(true);
  return res.json();
}

async function answerClearanceNo(page: Page): Promise<void> {
  for (let i = 1; i <= 7; i++) {
    await expect(page.getByText(`Question ${i} of 7`)).toBeVisible();
    await page.getByRole('button', { name: 'No', exact: true }).click();
  }
}

test('a person with nothing to stop them is told they can start', async ({ page }, testInfo) => {
  const person = await signUpPerson(page);
  await page.goto('/today');
  await page.getByRole('link', { name: 'Answer the safety questions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Safety questions' })).toBeVisible();
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '20-screening-question');
  await answerClearanceNo(page);
  await expect(page.getByRole('group', { name: /Do you have any of these now/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '21-screening-red-flags');
  await page.getByRole('button', { name: 'None of these' }).click();
  await page.getByRole('button', { name: 'No', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you. You can start.' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go on' })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await record(page, person)).toMatchObject({
    screeningStatus: 'clear',
    pacing: false,
    screening: { clearance: { general: [false, false, false, false, false, false, false] }, redFlags: [] },
  });
});

test('a red flag stops and says what to do now', async ({ page }, testInfo) => {
  const person = await signUpPerson(page);
  await page.goto('/screening');
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await answerClearanceNo(page);
  await page.getByRole('checkbox', { name: /New trouble passing or holding/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'No', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Please see a doctor first' })).toBeVisible();
  // Bladder or bowel trouble (possible cauda equina): emergency care now, not "a doctor soon".
  await expect(page.getByText(/Go to an emergency department now/)).toBeVisible();
  await expect(page.getByText(/soon/)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '22-screening-stopped');
  await expect.poll(async () => (await record(page, person)).screeningStatus).toBe('stopped');
  await page.goto('/today');
  await expect(page.getByRole('heading', { name: 'Your plan is on hold' })).toBeVisible();
});

test('a yes to a long-term condition asks its follow-up questions', async ({ page }) => {
  const person = await signUpPerson(page);
  await page.goto('/screening');
  await page.getByRole('button', { name: 'Start the questions' }).click();
  for (let i = 1; i <= 7; i++) {
    await page.getByRole('button', { name: i === 4 ? 'Yes' : 'No', exact: true }).click();
  }
  await page.getByRole('checkbox', { name: 'Cancer of any kind' }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Question 1 of 2')).toBeVisible();
  await page.getByRole('button', { name: 'No', exact: true }).click();
  await page.getByRole('button', { name: 'Yes', exact: true }).click();
  await page.getByRole('button', { name: 'None of these' }).click();
  await page.getByRole('button', { name: 'No', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Please check with a health professional' }),
  ).toBeVisible();
  await expect(page.getByLabel('The date they told you')).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await record(page, person)).toMatchObject({
    screeningStatus: 'needs_clearance',
    screening: {
      clearance: {
        general: [false, false, false, true, false, false, false],
        followUps: { cancer_types: false, cancer_therapy: true },
      },
    },
  });
  // Self-guided: the person records, with a date, that a health professional cleared them.
  await page.getByRole('button', { name: 'A health professional told me I can start' }).click();
  await expect(page.getByText('Thank you. You can start now.')).toBeVisible();
  await expect.poll(async () => (await record(page, person)).clearance).not.toBeNull();
});
