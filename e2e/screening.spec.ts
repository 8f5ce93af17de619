// The safety questions against a stand-in API: the common path ends on "you can start"; a red flag
// ends on what to do now. axe on each kind of step.
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { mockApi } from './support/mock-api.ts';
import { screenshot } from './support/screenshots.ts';

test.use({ serviceWorkers: 'block' });

const me = {
  id: 'p1',
  email: 'ana@example.com',
  displayName: 'Ana',
  role: 'patient',
  locale: 'en',
  timeZone: 'UTC',
};

async function answerClearanceNo(page: Page): Promise<void> {
  for (let i = 1; i <= 7; i++) {
    await expect(page.getByText(`Question ${i} of 7`)).toBeVisible();
    await page.getByRole('button', { name: 'No', exact: true }).click();
  }
}

test('a person with nothing to stop them is told they can start', async ({ page }, testInfo) => {
  const api = await mockApi(page, { '/auth/me': me });
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
  const put = api.writes.find((w) => w.path === '/patients/p1/screening');
  expect(put?.body).toEqual({
    clearance: { general: [false, false, false, false, false, false, false], followUps: {} },
    redFlags: [],
    pem: false,
  });
});

test('a red flag stops and says what to do now', async ({ page }, testInfo) => {
  await mockApi(page, { '/auth/me': me });
  await page.goto('/screening');
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await answerClearanceNo(page);
  await page.getByRole('checkbox', { name: /New trouble passing or holding/ }).check();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'No', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Please see a doctor first' })).toBeVisible();
  await expect(page.getByText('call your local emergency number now')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '22-screening-stopped');
});

test('a yes to a long-term condition asks its follow-up questions', async ({ page }) => {
  const api = await mockApi(page, { '/auth/me': me });
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
  const put = api.writes.find((w) => w.path === '/patients/p1/screening');
  expect(put?.body.clearance).toEqual({
    general: [false, false, false, true, false, false, false],
    followUps: { cancer_types: false, cancer_therapy: true },
  });
});
