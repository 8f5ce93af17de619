// Settings for a signed-in person, against a stand-in API: a copy of their data, and deleting the
// account only after the password is typed again.
import { expect, test } from '@playwright/test';
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

test('deleting the account asks for the password, then leaves the person at the start', async ({
  page,
}, testInfo) => {
  const { writes } = await mockApi(page, { '/auth/me': me });
  await page.goto('/settings');
  await expect(page.getByRole('link', { name: 'Download my data' })).toHaveAttribute(
    'href',
    '/api/account/export',
  );
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await page.getByLabel('Type your password to be sure').fill('correct horse battery staple');
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '40-settings-delete');
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page).toHaveURL(/\/start$/);
  expect(writes).toEqual([
    { path: '/account', idempotencyKey: null, body: { password: 'correct horse battery staple' } },
  ]);
});

test('low-energy mode hides what is not needed today', async ({ page }) => {
  await mockApi(page, { '/auth/me': me });
  await page.goto('/settings');
  await expect(page.getByRole('link', { name: 'Progress' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Show only what I need today' }).check();
  await expect(page.getByRole('link', { name: 'Progress' })).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Your data' })).toBeHidden();
  await expectNoAxeViolations(page);
});
