// A new visitor's first screens: Start, the lessons, sign-up and settings, each checked with axe.
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { screenshot } from './support/screenshots.ts';

/** Every button and link in the page content is at least 48 × 48 CSS pixels (tired hands, one thumb). */
async function expectLargeTargets(page: Page): Promise<void> {
  const small = await page.locator('main :is(a, button, input, label.choice)').evaluateAll((elements) =>
    elements
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.height < 47.5 || box.width < 47.5))
      .map(({ element, box }) => `${element.outerHTML.slice(0, 80)} ${box.width}×${box.height}`),
  );
  expect(small).toEqual([]);
}

test('the Start screen says what to expect, with the ways in at the bottom', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/start$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Steadily' })).toBeVisible();
  await expect(page.getByText('6 to 8 weeks')).toBeVisible();
  await expect(page.getByText('Some pain while you move is normal and safe.')).toBeVisible();
  const create = page.getByRole('link', { name: 'Create my account' });
  const box = await create.boundingBox();
  expect(box?.y ?? 0).toBeGreaterThan(844 / 2); // the main action sits in the thumb's half of the screen
  await expectLargeTargets(page);
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '01-start');
});

test('the lessons can be read, one after another', async ({ page }, testInfo) => {
  await page.goto('/learn');
  await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link')).toHaveCount(7); // one per lesson
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '02-learn');
  await page.getByRole('link', { name: /Hurt is not the same as harm/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hurt is not the same as harm' })).toBeFocused();
  await expectLargeTargets(page);
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '03-lesson');
  await page.getByRole('link', { name: /Next: Your body's smoke alarm/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: "Your body's smoke alarm" })).toBeVisible();
});

test('sign-up explains what is missing, next to each field', async ({ page }, testInfo) => {
  await page.goto('/start');
  await page.getByRole('link', { name: 'Create my account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create your account' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '04-sign-up');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByLabel('Your first name')).toBeFocused();
  await expect(page.getByText('Please check your email address.')).toBeVisible();
  await expect(page.getByLabel('Password', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectLargeTargets(page);
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '05-sign-up-errors');
});

test('the password can be pasted and shown', async ({ page }) => {
  await page.goto('/sign-in');
  const password = page.getByLabel('Password', { exact: true });
  await password.fill('correct horse battery staple');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(password).toHaveAttribute('type', 'text');
  await expect(password).toHaveValue('correct horse battery staple');
  await expectNoAxeViolations(page);
});

test('settings change the text size and the language, and remember them', async ({ page }, testInfo) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'Larger' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'larger');
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '06-settings-larger');
  await page.getByRole('radio', { name: 'Español' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Ajustes' })).toBeVisible();
  await page.goto('/start');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Le damos la bienvenida a Steadily' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '07-start-es-larger');
});

test('the lessons still open with no network, once the app has been visited', async ({ page, context }) => {
  await page.goto('/learn');
  await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
  // The service worker precaches the shell and every screen; wait until it controls the page.
  type WithWorker = { navigator: { serviceWorker?: { controller: object | null } } };
  await page.waitForFunction(
    () => (globalThis as unknown as WithWorker).navigator.serviceWorker?.controller != null,
  );
  await context.setOffline(true);
  await page.goto('/learn/sleep');
  await expect(page.getByRole('heading', { level: 1, name: 'Sleep and pain' })).toBeVisible();
  await expect(page.getByText('Keep your bedroom dark, cool, and quiet.')).toBeVisible();
  await context.setOffline(false);
});
