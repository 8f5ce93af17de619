// The workspace on a tablet and by keyboard: the exercise library (drawings, filters, an exercise of
// one's own with a field error first, then edited), an urgent symptom's alert acknowledged with who and
// when, the programme resumed after assessment, an exercise added to the running programme, the
// one-page summary as printed and its downloads. axe on every page.
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';
import { screenshot } from '../support/screenshots.ts';
import { ADMIN, CLEAR_SCREENING, invitedPatient, send, signIn } from './support.ts';

test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true });
test.setTimeout(90_000);

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

async function look(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await screenshot(page, test.info(), name);
}

test('library, alerts, resume and the printable summary on a tablet', async ({ page, browser }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(heading(page, 'Patients')).toBeVisible();

  // The library: built-in exercises with drawings and neighbours, filtered by region and modality.
  await page.getByRole('link', { name: 'Exercise library' }).click();
  await page.getByLabel('Show body region').selectOption('knee');
  await page.getByLabel('Show modality').selectOption('strength');
  const sitToStand = page.getByRole('article', { name: 'Sit to stand' });
  await expect(sitToStand.getByRole('img', { name: 'Drawing: Sit to stand' })).toBeVisible();
  await expect(sitToStand).toContainText('Easier: Seated knee straightening');
  await expect(sitToStand).toContainText('Harder: Step-up');
  await look(page, '70-library-tablet');

  // An exercise of one's own: the form names the field that is wrong.
  await page.getByLabel('Name', { exact: true }).fill('Pool walking');
  await page.getByLabel('Step', { exact: true }).fill('2');
  await page.getByLabel('Maximum dose (maxQuota)').fill('25');
  await page.getByLabel('Image or video link').fill('https://example.org/pool.mp4');
  await page.getByRole('button', { name: 'Add to library' }).click();
  await expect(page.getByText('The maximum dose must be a whole number of steps.')).toBeVisible();
  await page.getByLabel('Maximum dose (maxQuota)').fill('24');
  await page.getByRole('button', { name: 'Add to library' }).click();
  await expect(page.getByText('Pool walking was added to your library.')).toBeVisible();
  await page.getByLabel('Show body region').selectOption('whole_body');
  await page.getByLabel('Show modality').selectOption('aerobic');
  const own = page.getByRole('article', { name: 'Pool walking' });
  await expect(own).toContainText('Your own');
  await expect(own.getByRole('link', { name: 'Image or video' })).toHaveAttribute(
    'href',
    'https://example.org/pool.mp4',
  );
  // … and edits it: the form opens with its values, focused, and the card shows the change.
  await own.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { name: 'Edit Pool walking' })).toBeFocused();
  await expect(page.getByLabel('Maximum dose (maxQuota)')).toHaveValue('24');
  await page.getByLabel('Maximum dose (maxQuota)').fill('30');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Pool walking was saved.', { exact: false })).toBeVisible();
  await expect(own).toContainText('step 2, up to 30');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { name: 'Add your own exercise' })).toBeVisible();

  // A patient with a running programme reports chest pain: stopped, and an alert to acknowledge.
  const dee = await invitedPatient(browser, page.request, 'Dee');
  const base = `/api/patients/${dee.id}`;
  await send(dee.context.request, 'PUT', `${base}/screening`, CLEAR_SCREENING);
  await send(page.request, 'PUT', `${base}/reference-pain`, { referenceMorningPain: 3 });
  await send(page.request, 'PUT', `${base}/programme`, {
    exercises: [{ name: 'Walking', unit: 'minutes', baseline: [10], libraryExerciseId: 'easy-walk' }],
  });
  await send(page.request, 'POST', `${base}/programme/start`, {});
  const today = (await (await dee.context.request.get(`${base}/today`)).json()).localDate;
  await send(dee.context.request, 'POST', `${base}/symptoms`, { localDate: today, symptom: 'chest_pain' });

  // By keyboard from the caseload: search, then open the patient.
  await page.goto('/clinic');
  await page.getByLabel('Search by name or email').focus();
  await page.keyboard.type('Dee');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  await page.keyboard.press('Tab'); // the filter
  await page.keyboard.press('Tab'); // invite
  await page.keyboard.press('Tab'); // the patient's name
  await expect(page.getByRole('link', { name: 'Dee' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Dee · Overview')).toBeVisible();

  const alerts = page.getByRole('region', { name: /open alert/ });
  await expect(alerts).toContainText('Reported: chest pain');
  await alerts.getByRole('button', { name: 'Acknowledge' }).first().click();
  await expect(alerts).toContainText(`Acknowledged by ${ADMIN.name}`);
  await page.getByLabel('I have assessed the patient and it is safe to go on.').check();
  await page.getByRole('button', { name: 'Resume the programme' }).click();
  await expect(page.getByText('The programme is running again.')).toBeVisible();
  await look(page, '71-overview-tablet');

  // One exercise added to the running programme: walking keeps its dose, the new one starts at 70%.
  await page.getByRole('link', { name: 'Programme', exact: true }).click();
  const running = page.getByRole('region', { name: 'Change the running programme' });
  await running.getByLabel('Add an exercise from the library').selectOption({ label: 'Sit to stand' });
  await running.getByRole('button', { name: 'Add to the running programme' }).click();
  await expect(running.getByText('Enter up to 3 numbers above 0, separated by commas.')).toBeVisible();
  await running.getByLabel('Baseline trials (1–3, commas)').fill('10');
  await running.getByRole('button', { name: 'Add to the running programme' }).click();
  await expect(running.getByRole('status')).toContainText('Sit to stand added.');
  await expect(running.getByRole('button', { name: 'Take out Sit to stand' })).toBeVisible();
  await look(page, '71b-running-programme');
  const plan = (await (await dee.context.request.get(`${base}/today`)).json()).exercises;
  expect(plan.map((e: { name: string; quota: number }) => [e.name, e.quota])).toEqual([
    ['Walking', 7],
    ['Sit to stand', 7],
  ]);

  // The one-page summary, as printed: no navigation, the facts on the page.
  await page.getByRole('link', { name: 'Summary', exact: true }).click();
  await expect(heading(page, 'Dee · Summary')).toBeVisible();
  await expectNoAxeViolations(page);
  const pdf = await page.getByRole('link', { name: 'Progress report (PDF)' }).getAttribute('href');
  expect((await page.request.get(pdf ?? '')).headers()['content-type']).toContain('application/pdf');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Clinician' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByText('Recent dose changes')).toBeVisible();
  await screenshot(page, test.info(), '72-summary-print');
  await dee.context.close();
});
