// The dosing model a programme runs (issue 11): the clinician sees it on the plan card, reads what the
// personal model has learned on the timeline (in words and a small chart), and switches to the classic
// rules after a confirmation that says what changes. axe on every page.
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';
import { screenshot } from '../support/screenshots.ts';
import { ADMIN, CLEAR_SCREENING, invitedPatient, send, serverLocalDate, signIn } from './support.ts';

test.use({ viewport: { width: 1280, height: 900 } });
test.setTimeout(90_000);

async function look(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await screenshot(page, test.info(), name);
}

function addDays(localDate: string, days: number): string {
  const date = new Date(`${localDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

test('the clinician sees the dosing model, what it learned, and switches it', async ({ page, browser }) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();

  // A patient whose programme started six days ago, with a morning and a walk each day since.
  const dana = await invitedPatient(browser, page.request, 'Dana Dosing');
  const base = `/api/patients/${dana.id}`;
  await send(dana.context.request, 'PUT', `${base}/screening`, CLEAR_SCREENING);
  await send(page.request, 'PUT', `${base}/reference-pain`, { referenceMorningPain: 3 });
  const draft = await send(page.request, 'PUT', `${base}/programme`, {
    exercises: [{ name: 'Walking', unit: 'minutes', baseline: [10, 12, 11], maxQuota: 60 }],
  });
  const walk = draft.exercises[0].id as string;
  // The server's today (its test clock, moved on by earlier specs), not the real date.
  const today = await serverLocalDate(page.request);
  const start = addDays(today, -6);
  await send(page.request, 'POST', `${base}/programme/start`, { startDate: start });
  for (let n = 0; n < 6; n++) {
    const localDate = addDays(start, n);
    const pain = [3, 4, 3, 2, 4, 3][n] as number;
    if (n > 0) await send(dana.context.request, 'POST', `${base}/mornings`, { localDate, pain });
    await send(dana.context.request, 'POST', `${base}/sessions`, {
      localDate,
      exerciseId: walk,
      done: 'quota',
      peak: pain,
      after: pain,
    });
  }

  // The plan card names the model in force.
  await page.goto(`/clinic/patients/${dana.id}`);
  const panel = page.getByTestId('dosing-panel');
  await expect(panel).toContainText('This programme runs the personal model (rules version 2).');
  await expect(panel).toContainText('Since the start of the programme.');
  await look(page, '80-dosing-plan-card');

  // The timeline says what the model has learned, in words and a chart with its uncertainty.
  await page.goto(`/clinic/patients/${dana.id}/timeline`);
  const learned = page.getByTestId('learned-model');
  await expect(learned.getByRole('heading', { name: 'What the model has learned' })).toBeVisible();
  await expect(learned).toContainText('Morning pain goes up and down by about');
  await expect(learned).toContainText(/Walking: (pain rises by about|no sign yet that pain follows load)/);
  await expect(learned.getByRole('img', { name: /Chart for Walking: predicted pain rise/ })).toBeVisible();
  await look(page, '81-dosing-learned-timeline');

  // The switch asks first, and says what changes and what stays.
  await page.goto(`/clinic/patients/${dana.id}`);
  await panel.getByRole('button', { name: 'Switch to the classic rules' }).click();
  await expect(panel).toContainText('Switch to the classic rules?');
  await expect(panel).toContainText('Decisions already made stay as they are');
  await look(page, '82-dosing-confirm');
  await panel.getByRole('button', { name: 'Yes, switch' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Switched to the classic rules from' }),
  ).toBeVisible();
  await expect(panel).toContainText('This programme runs the classic rules (rules version 2).');
  await expect(panel.getByRole('button', { name: 'Switch to the personal model' })).toBeVisible();

  await page.goto(`/clinic/patients/${dana.id}/timeline`);
  await expect(learned).toContainText('The classic rules do not learn');
  await look(page, '83-dosing-classic-timeline');
  await dana.context.close();
});
