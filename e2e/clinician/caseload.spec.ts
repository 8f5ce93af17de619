// Issue 6's acceptance test, on the real server with its test clock: a clinician invites a patient,
// the patient joins and answers the safety questions on their phone, the clinician builds and starts
// a programme; the patient logs a RED session, then a flare; the clinician sees the caseload in risk
// order with the reasons, reads the timeline, changes a threshold, and the patient's plan follows it.
import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';
import { screenshot } from '../support/screenshots.ts';
import {
  ADMIN,
  CLEAR_SCREENING,
  invitedPatient,
  moveDays,
  newContext,
  PASSWORD,
  PHONE,
  send,
  signIn,
  syncedPage,
} from './support.ts';

test.setTimeout(180_000);

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

async function look(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await screenshot(page, test.info(), name);
}

async function tapPain(within: Page | Locator, legend: string | RegExp, pain: number): Promise<void> {
  await within
    .getByRole('group', { name: legend })
    .getByRole('button', { name: `${pain} out of 10`, exact: true })
    .click();
}

async function logSession(page: Page, dose: string, peak: number, after: number): Promise<void> {
  const card = page.getByRole('region', { name: 'Easy walk' });
  await card.getByRole('button', { name: `I did it: ${dose}` }).click();
  await tapPain(card, 'Your worst pain while doing it?', peak);
  await tapPain(card, /Your pain now/, after);
  await expect(card.getByText('Well done. Your exercise is saved.')).toBeVisible();
  await expect(page.getByText(/waiting to send/)).toBeHidden();
}

async function answerMorning(page: Page, pain: number): Promise<void> {
  await page.goto('/today');
  await tapPain(page, 'How is your pain this morning?', pain);
  await expect(page.getByText('Thank you. Your answer is saved.')).toBeVisible();
  await expect(page.getByText(/waiting to send/)).toBeHidden();
}

test('a clinician invites, follows and adjusts a patient through a RED session and a flare', async ({
  browser,
  page: clinic,
}) => {
  await clinic.clock.install();
  await moveDays([clinic], 0);
  await signIn(clinic, ADMIN.email, ADMIN.password);
  await expect(heading(clinic, 'Patients')).toBeVisible();

  // Invite: a link to send.
  await clinic.getByRole('link', { name: 'Invite a patient' }).click();
  await expect(heading(clinic, 'Invite a patient')).toBeVisible();
  await clinic.getByRole('button', { name: 'Create invitation' }).click();
  const link = (await clinic.getByTestId('invite-link').textContent())?.trim() ?? '';
  expect(link).toMatch(/\/invite\/[A-Z0-9-]+$/);
  await look(clinic, '60-invite');

  // The patient opens it on their phone, joins and answers the safety questions.
  const patientContext = await newContext(browser, PHONE);
  const phone = await syncedPage(patientContext);
  await phone.goto(new URL(link).pathname);
  await expect(phone.getByText(`${ADMIN.name} invited you to Steadily.`)).toBeVisible();
  await phone.getByLabel('Your first name').fill('Bea');
  await phone.getByLabel('Email').fill(`bea-${Date.now()}@example.test`);
  await phone.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await phone.getByRole('button', { name: 'Create my account and join' }).click();
  await phone.getByRole('link', { name: 'Answer the safety questions' }).click();
  await phone.getByRole('button', { name: 'Start the questions' }).click();
  for (let i = 1; i <= 7; i++) await phone.getByRole('button', { name: 'No', exact: true }).click();
  await phone.getByRole('button', { name: 'None of these' }).click();
  await phone.getByRole('button', { name: 'No', exact: true }).click();
  await expect(heading(phone, 'Thank you. You can start.')).toBeVisible();

  // Two more people on the caseload, through the API: one stopped by a red flag, one not started.
  const sam = await invitedPatient(browser, clinic.request, 'Sam');
  await send(sam.context.request, 'PUT', `/api/patients/${sam.id}/screening`, {
    ...CLEAR_SCREENING,
    redFlags: ['saddle_numbness'],
  });
  const cy = await invitedPatient(browser, clinic.request, 'Cy');

  // The clinician sets Bea's usual morning pain, builds a programme from the library and starts it.
  await clinic.getByRole('link', { name: 'Patients' }).click();
  await clinic.getByRole('link', { name: 'Bea' }).click();
  await expect(heading(clinic, 'Bea · Overview')).toBeVisible();
  await clinic.getByRole('link', { name: 'Clearance and thresholds' }).click();
  await clinic.getByLabel('Usual morning pain (0–10)').fill('3');
  await clinic.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(clinic.getByText('Saved.', { exact: true })).toBeVisible();
  await clinic.getByRole('link', { name: 'Programme', exact: true }).click();
  await clinic.getByLabel('Show body region').selectOption('whole_body');
  await clinic.getByRole('button', { name: 'Add Easy walk' }).click();
  await clinic.getByLabel('Sessions a week').fill('7');
  await clinic.getByLabel('Baseline trials (1–3, commas)').fill('20');
  // This story follows SPEC's classic rules (× 0.8 on a RED day); new programmes default to "personal".
  await clinic.getByLabel('Dosing model').selectOption('classic');
  const calm = clinic.getByRole('article', { name: 'A calm week' });
  await expect(calm.getByRole('row', { name: /^1 14 min$/ })).toBeVisible();
  await expect(
    clinic.getByRole('article', { name: 'A sore day' }).getByRole('row', { name: /^3 12 min$/ }),
  ).toBeVisible();
  await look(clinic, '61-builder-preview');
  await clinic.getByRole('button', { name: 'Save and start' }).click();
  await expect(clinic.getByText('Programme started.')).toBeVisible();

  // Day 1: the walk hurts (worst 8/10): RED at once, so the dose steps back from 14 to 11 minutes.
  await phone.goto('/today');
  await logSession(phone, '14 minutes', 8, 6);
  await phone.reload();
  await expect(phone.getByRole('region', { name: 'Easy walk' }).getByText('Today: 11 minutes')).toBeVisible();

  // Day 2: a usual morning, then a flare: 60% of 11 is 6 minutes.
  await moveDays([clinic, phone], 1);
  await answerMorning(phone, 3);
  await phone.getByRole('button', { name: "I'm having a flare" }).click();
  await expect(heading(phone, 'Flares happen. You did nothing wrong.')).toBeVisible();
  await phone.goto('/today');
  await logSession(phone, '6 minutes', 3, 3);

  // The caseload: the red flag first, then the flare, then the person not started.
  await clinic.goto('/clinic');
  const rows = clinic.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('Sam');
  await expect(rows.nth(1)).toContainText('Red flag in the safety questions: assess before any programme.');
  await expect(rows.nth(2)).toContainText('Bea');
  await expect(rows.nth(2)).toContainText(/In a flare since/);
  await expect(rows.nth(3)).toContainText('Cy');
  await expect(rows.nth(3)).toContainText('No programme running yet.');
  await clinic.getByLabel('Show').selectOption('attention');
  await expect(rows).toHaveCount(2);
  await clinic.getByLabel('Show').selectOption('all');
  await clinic.getByLabel('Search by name or email').fill('be');
  await expect(rows).toHaveCount(2);
  await look(clinic, '62-caseload');
  expect(cy.id).not.toBe(sam.id);

  // The timeline: the step back with its reason, and the flare.
  await clinic.getByRole('link', { name: 'Bea' }).click();
  await clinic.getByRole('link', { name: 'Timeline' }).click();
  await expect(heading(clinic, 'Bea · Timeline')).toBeVisible();
  const decisions = clinic.getByRole('region', { name: 'Decisions and their reasons' });
  await expect(decisions.getByRole('row', { name: /Step back RED 14 → 11/ })).toBeVisible();
  await expect(decisions.getByRole('row', { name: /Flare 11 → 6/ })).toBeVisible();
  await look(clinic, '63-timeline');

  // A measure from the appointment: PEG at week 0, the out-of-range answer named first; the same week
  // twice is refused with the server's reason.
  const form = clinic.getByRole('form', { name: 'Record a measure' });
  const painAverage = form.getByLabel('Average pain in the past week (0–10)');
  await painAverage.fill('12');
  await form.getByLabel('Interference with enjoyment of life (0–10)').fill('6');
  await form.getByLabel('Interference with general activity (0–10)').fill('5');
  await form.getByRole('button', { name: 'Save the measure' }).click();
  await expect(form.getByText('Enter a whole number from 0 to 10.')).toBeVisible();
  await expect(painAverage).toHaveAttribute('aria-invalid', 'true');
  await painAverage.fill('7');
  await form.getByRole('button', { name: 'Save the measure' }).click();
  await expect(form.getByRole('status')).toHaveText('Saved: PEG, week 0, total 6.');
  const measures = clinic.getByRole('region', { name: 'Measures' });
  await expect(measures.getByRole('row', { name: /^PEG .* Week 0 .* 6 First score$/ })).toBeVisible();
  for (const [label, value] of [
    ['Average pain in the past week (0–10)', '5'],
    ['Interference with enjoyment of life (0–10)', '5'],
    ['Interference with general activity (0–10)', '5'],
  ] as const)
    await form.getByLabel(label).fill(value);
  await form.getByRole('button', { name: 'Save the measure' }).click();
  await expect(form.getByRole('status')).toHaveText('Not saved: PEG for week 0 is already recorded');
  await look(clinic, '63b-measure-form');

  // A threshold: first a mistake the form names, then a slower rebuild after flares (0.8 → 0.7).
  await clinic.getByRole('link', { name: 'Clearance and thresholds' }).click();
  const ceiling = clinic.getByLabel('Pain ceiling (0–10)');
  await ceiling.fill('11');
  await clinic.getByRole('button', { name: 'Save thresholds' }).click();
  await expect(clinic.getByText('Enter a value from 0 to 10.')).toBeVisible();
  await expect(ceiling).toHaveAttribute('aria-invalid', 'true');
  await ceiling.fill('5');
  const factors = clinic.getByLabel('Flare and rebuild factors (× pre-flare dose)');
  await factors.fill('0.6, 0.7');
  await clinic.getByRole('button', { name: 'Save thresholds' }).click();
  await expect(
    clinic.getByText('Thresholds saved. The running programme uses them from today.'),
  ).toBeVisible();
  await expect(clinic.getByText('Default 0.6, 0.8 · changed for this patient')).toBeVisible();
  await look(clinic, '64-thresholds');

  // A note to the patient, shown on their Today.
  await clinic.getByRole('link', { name: 'Overview' }).click();
  await clinic
    .getByLabel('Write a note')
    .fill('Well done for keeping on through the flare. Short walks are fine.');
  await clinic.getByRole('button', { name: 'Send note' }).click();
  await expect(clinic.getByText('Note sent.')).toBeVisible();

  // Two good days in the flare: the rebuild follows the new factor, 70% of 11 = 7 minutes (not 8).
  await moveDays([clinic, phone], 1);
  await answerMorning(phone, 3);
  await logSession(phone, '6 minutes', 3, 3);
  await moveDays([clinic, phone], 1);
  await answerMorning(phone, 3);
  await expect(phone.getByRole('button', { name: 'I did it: 7 minutes' })).toBeVisible();
  const note = phone.getByRole('region', { name: 'A note from your clinician' });
  await expect(note).toContainText('Short walks are fine.');
  await expect(note).toContainText(ADMIN.name);
  await expectNoAxeViolations(phone);
  await screenshot(phone, test.info(), '65-patient-rebuild');

  await clinic.reload();
  await expect(clinic.getByRole('row', { name: /Easy walk 7 minutes/ })).toBeVisible();
  await clinic.getByRole('link', { name: 'Timeline' }).click();
  await expect(decisions.getByRole('row', { name: /Rebuild 6 → 7/ })).toBeVisible();

  for (const context of [patientContext, sam.context, cy.context]) await context.close();
});
