// Progress with four weeks of history, two flares and measures, against a stand-in API: growing that
// history on the real server would take a month of logs driven through the test clock (the ordering and
// words on screen are what is tested here). The real server's Progress, after a real first week, is
// checked at the end of journey.spec.ts.
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
const week = (n: number, minutes: number, pain: number | null) => ({
  week: n,
  sessions: 4,
  planned: 5,
  minutes,
  reps: 0,
  meanMorningPain: pain,
  consistent: true,
});
const progress = {
  startDate: '2026-10-01',
  weeksSinceStart: 4,
  capacity: [
    {
      exercise: 'walk',
      name: 'Walking',
      unit: 'minutes',
      baseline: 10,
      start: 7,
      current: 14,
      changePct: 40,
      sinceStartPct: 100,
    },
  ],
  weeks: [week(1, 35, 5), week(2, 40, 5.5), week(3, 48, 5), week(4, 52, null)],
  samePainMoreWork: { fromWeek: 1, toWeek: 4, minutesChangePct: 49, painChange: 0 },
  consistency: { weeksConsistent: 4, weeksCounted: 4 },
  flares: { durations: [5, 3], shortening: true },
  measures: { pseq: { first: 22, latest: 35, change: 13, meaningful: true }, phq2SuggestTalk: false },
  pain: { firstWeek: 5, lastWeek: 5, meaningfulDrop: false, tooEarlyToTell: true },
};

test('progress leads with what the person did, then pain with the 6–8 week expectation', async ({
  page,
}, testInfo) => {
  await mockApi(page, { '/auth/me': me, '/patients/p1/progress': progress });
  await page.goto('/progress');
  await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  await expect(page.getByText('Walking: from 7 minutes to 14 minutes')).toBeVisible();
  await expect(page.getByText('That is 100% more than at the start.', { exact: false })).toBeVisible();
  await expect(page.getByText('more than on your first tries (10 minutes)', { exact: false })).toBeVisible();
  await expect(page.getByText('Same pain, more work')).toBeVisible();
  await expect(page.getByText('Your flares are getting shorter.')).toBeVisible();
  await expect(page.getByText('Most people need 6 to 8 weeks')).toBeVisible();
  await expect(page.getByRole('img', { name: /Chart of minutes/ }).locator('canvas')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Week by week' }).getByRole('row')).toHaveCount(5);
  await expectNoAxeViolations(page);
  await screenshot(page, testInfo, '30-progress');
  await page
    .getByRole('region', { name: 'Week by week' })
    .screenshot({ path: `e2e/screenshots/${testInfo.project.name}/31-progress-chart.png` });
});
