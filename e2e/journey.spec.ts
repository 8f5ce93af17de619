// A new person on the real server: sign up, answer the safety questions, land on Today. No stand-ins.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { screenshot } from './support/screenshots.ts';

test('a new person signs up and answers the safety questions', async ({ page }, testInfo) => {
  const email = `ana-${Date.now()}@example.com`;
  await page.goto('/');
  await page.getByRole('link', { name: 'Create my account' }).click();
  await page.getByLabel('Your first name').fill('Ana');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('a long enough phrase');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.getByText('Hello, Ana.')).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '50-journey-today-new');

  await page.getByRole('link', { name: 'Answer the safety questions' }).click();
  await page.getByRole('button', { name: 'Start the questions' }).click();
  for (let i = 1; i <= 7; i++) await page.getByRole('button', { name: 'No', exact: true }).click();
  await page.getByRole('button', { name: 'None of these' }).click();
  await page.getByRole('button', { name: 'No', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you. You can start.' })).toBeVisible();
  await page.getByRole('link', { name: 'Go on' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();

  // Signed in across a reload (the session cookie), and signing out leads back to the start.
  await page.reload();
  await expect(page.getByText('Hello, Ana.')).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/start$/);
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill('a long enough phrase');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});
