// What the person sees is true and current (issue 12, items 7–11): the reason for today's decision, a
// flare after a same-day step back, pain after asked later, a second log the same day, logs waiting in
// the outbox, and a 10/10 pain acknowledged.
import { randomUUID } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { installClock, moveDays, resetClock } from './support/clock.ts';
import { type Person, recordWeekZeroMeasures, signUpPerson, startProgramme } from './support/people.ts';

test.afterEach(({ baseURL }) => resetClock(baseURL ?? ''));

async function personWithPlan(page: Page): Promise<{ person: Person; walkId: string }> {
  const person = await signUpPerson(page);
  const programme = await startProgramme(page, person);
  await recordWeekZeroMeasures(page, person);
  return { person, walkId: programme.exercises[0].id };
}

/** A write through the API in the page's cookie jar, dated the server's today unless given. */
async function post(page: Page, person: Person, path: string, body: Record<string, unknown>) {
  const api = page.request;
  const { csrfToken } = await (await api.get('/api/auth/csrf')).json();
  const res = await api.post(`/api/patients/${person.id}${path}`, {
    data: body,
    headers: { 'x-csrf-token': csrfToken, 'idempotency-key': randomUUID() },
  });
  expect(res.ok(), `${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return res.json();
}

async function serverToday(page: Page, person: Person): Promise<{ localDate: string }> {
  const res = await page.request.get(`/api/patients/${person.id}/today`);
  return res.json();
}

/** A good day of walking: a morning (after day 1) and a session at quota with low pain. */
async function goodDay(page: Page, person: Person, walkId: string, first = false) {
  const { localDate } = await serverToday(page, person);
  if (!first) await post(page, person, '/mornings', { localDate, pain: 3 });
  await post(page, person, '/sessions', { localDate, exerciseId: walkId, done: 'quota', peak: 3, after: 3 });
}

test('Today shows the reason for the current decision, not the last change for days', async ({ page }) => {
  const { person, walkId } = await personWithPlan(page);
  await installClock(page);
  await page.goto('/today');
  await goodDay(page, person, walkId, true);
  await moveDays(page, 1);
  await goodDay(page, person, walkId);
  await moveDays(page, 1);
  await goodDay(page, person, walkId); // this morning: two good days in a row, 7 → 8 minutes
  await moveDays(page, 1);
  await post(page, person, '/mornings', { localDate: (await serverToday(page, person)).localDate, pain: 3 });
  // Today the engine holds (one good day of the next two): that is what the card says.
  await page.goto('/today');
  const walk = page.getByRole('region', { name: 'Walking' });
  await expect(walk.getByText('Today: 8 minutes')).toBeVisible();
  await expect(
    walk.getByText(/Walking stays at 8 minutes\. After 1 more good day like this, it can go up\./),
  ).toBeVisible();
  await expect(walk.getByText(/goes up from 7 to 8/)).toBeHidden();
});
