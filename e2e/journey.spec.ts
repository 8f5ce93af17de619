// Issue 5's acceptance test, on the real server with its test clock: a new person signs up, answers
// the safety questions, gets to know the app (goals, PEG, PSEQ, PHQ-2, a usual morning, exercises),
// does three baseline tries on three days, starts, logs a first week (three taps a session), sees a
// progression with its reason, reports a flare and sees the flare plan and the gentler dose.
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe.ts';
import { installClock, moveDays, resetClock } from './support/clock.ts';
import { PASSWORD } from './support/people.ts';
import { screenshot } from './support/screenshots.ts';

test.setTimeout(240_000);
test.afterEach(({ baseURL }) => resetClock(baseURL ?? ''));

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** Checks a screen with axe, and keeps a picture of it to look at by eye. */
async function look(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await screenshot(page, test.info(), name);
}

async function tapScale(page: Page, legend: string | RegExp, label: string): Promise<void> {
  await page.getByRole('group', { name: legend }).getByRole('button', { name: label, exact: true }).click();
}

async function answerMorning(page: Page, pain: number): Promise<void> {
  await tapScale(page, 'How is your pain this morning?', `${pain} out of 10`);
  await expect(page.getByText('Thank you. Your answer is saved.')).toBeVisible();
}

/** The common log: "I did it" → worst pain during → pain after. Returns the number of taps. */
async function logSession(page: Page, exercise: string, dose: string, peak: number, after: number) {
  const card = page.getByRole('region', { name: exercise });
  let taps = 0;
  await card.getByRole('button', { name: `I did it: ${dose}` }).click();
  taps++;
  await card
    .getByRole('group', { name: 'Your worst pain while doing it?' })
    .getByRole('button', { name: `${peak} out of 10` })
    .click();
  taps++;
  await card
    .getByRole('group', { name: /Your pain now/ })
    .getByRole('button', { name: `${after} out of 10` })
    .click();
  taps++;
  await expect(card.getByText('Well done. Your exercise is saved.')).toBeVisible();
  await expect(page.getByText(/waiting to send/)).toBeHidden();
  return taps;
}

/** The next morning: both clocks move a day, and the person opens the app again. */
async function nextDay(page: Page): Promise<void> {
  await moveDays(page, 1);
  await page.goto('/today');
  await expect(heading(page, 'Today')).toBeVisible();
}

test('a new person goes from sign-up to a first week, a progression and a flare', async ({ page }) => {
  await installClock(page);
  await page.goto('/');
  await page.getByRole('link', { name: 'Create my account' }).click();
  await page.getByLabel('Your first name').fill('Ana');
  await page.getByLabel('Email').fill(`ana-${Date.now()}@example.com`);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByText('Hello, Ana.')).toBeVisible();
  await look(page, '50-journey-today-new');

  // Safety questions: all clear.
  await page.getByRole('link', { name: 'Answer the safety questions' }).click();
  await page.getByRole('button', { name: 'Start the questions' }).click();
  for (let i = 1; i <= 7; i++) await page.getByRole('button', { name: 'No', exact: true }).click();
  await page.getByRole('button', { name: 'None of these' }).click();
  await page.getByRole('button', { name: 'No', exact: true }).click();
  await expect(heading(page, 'Thank you. You can start.')).toBeVisible();
  await page.getByRole('link', { name: 'Go on' }).click();

  // Getting to know you, one step at a time.
  await expect(heading(page, 'Getting to know you')).toBeVisible();
  await expect(page.getByText('Step 1 of 9')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Fibromyalgia' }).check();
  await look(page, '51-know-conditions');
  await page.getByRole('button', { name: 'Next' }).click();

  await expect(heading(page, 'Your goals')).toBeVisible();
  await page.getByLabel('Goal 1: what is hard to do?').fill('Walk to the shop');
  await look(page, '52-know-goal');
  await page.getByRole('button', { name: 'Next' }).click();
  await tapScale(page, 'How well can you do this now?', '3 out of 10');
  await look(page, '53-know-goal-more');
  await page.getByRole('button', { name: "No, that's all" }).click();

  await expect(heading(page, 'Your pain this week')).toBeVisible();
  await look(page, '54-know-peg');
  await tapScale(page, 'On average, how bad was your pain?', '6 out of 10');
  await tapScale(page, /enjoying life/, '5 out of 10');
  await tapScale(page, /daily tasks/, '6 out of 10');

  await expect(heading(page, 'How sure you feel')).toBeVisible();
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  await look(page, '55-know-pseq');
  for (let i = 0; i < 10; i++) {
    await expect(page.getByText(`Question ${i + 1} of 10`)).toBeVisible();
    await page.getByRole('button', { name: '3 out of 6', exact: true }).click();
  }

  await expect(heading(page, 'Your mood')).toBeVisible();
  await look(page, '56-know-phq2');
  await page.getByRole('button', { name: 'More than half the days' }).click();
  await page.getByRole('button', { name: 'Some days' }).click();
  // PHQ-2 = 3: a kind suggestion, never a diagnosis.
  await expect(heading(page, 'Thank you for telling us')).toBeVisible();
  // Ana is self-guided: no "clinician" to talk to, her family doctor instead (issue 12, item 12).
  await expect(page.getByText(/talk with your family doctor/)).toBeVisible();
  await look(page, '57-know-phq2-support');
  await page.getByRole('button', { name: 'Go on' }).click();

  await expect(heading(page, 'Your mornings')).toBeVisible();
  await look(page, '58-know-reference');
  await tapScale(page, /On most mornings/, '4 out of 10');

  await expect(heading(page, 'Choose your exercises')).toBeVisible();
  await page.getByRole('checkbox', { name: /Easy walk/ }).check();
  await look(page, '59-know-exercises');
  await page.getByRole('button', { name: 'Use this exercise' }).click();

  // Baseline: three tries on three occasions (one a day here).
  const tries = [10, 12, 11];
  for (const [i, minutes] of tries.entries()) {
    await expect(heading(page, 'Easy walk')).toBeVisible();
    await expect(page.getByText(`Try ${i + 1} of 3`)).toBeVisible();
    if (i === 0) await look(page, '60-know-baseline');
    await page.getByLabel('How many minutes did you do?').fill(String(minutes));
    await page.getByRole('button', { name: 'Save this try' }).click();
    if (i === tries.length - 1) break;
    await expect(heading(page, `Try ${i + 1} of 3 is done`)).toBeVisible();
    if (i === 0) await look(page, '61-know-baseline-rest');
    await page.getByRole('link', { name: 'Back to Today' }).click();
    await expect(page.getByText('Next: a try of your exercises, to find your starting point.')).toBeVisible();
    if (i === 0) await look(page, '62-today-know-you');
    await nextDay(page);
    await page.getByRole('link', { name: 'Go on' }).click();
  }

  await expect(heading(page, 'You are ready')).toBeVisible();
  await look(page, '63-know-start');
  await page.getByRole('button', { name: 'Start my plan' }).click();

  // Day 1: fibromyalgia starts at 60% of the baseline (mean 11 → 6 minutes), with its reason.
  await expect(heading(page, 'Today')).toBeVisible();
  const walk = page.getByRole('region', { name: 'Easy walk' });
  await expect(walk.getByText('Today: 6 minutes')).toBeVisible();
  await expect(walk.getByText(/We start easy walk at 6 minutes/i)).toBeVisible();
  await look(page, '64-today-day-1');
  await answerMorning(page, 4);
  const taps = await logSession(page, 'Easy walk', '6 minutes', 4, 4);
  expect(taps).toBeLessThanOrEqual(3);

  // Days 2–7: a morning check-in and a session each day. Two settled days in a row → progress.
  await nextDay(page);
  await answerMorning(page, 4);
  await logSession(page, 'Easy walk', '6 minutes', 4, 3);
  await nextDay(page);
  await answerMorning(page, 4);
  await expect(walk.getByText('Today: 7 minutes')).toBeVisible();
  await expect(walk.getByText(/goes up from 6 to 7 minutes/)).toBeVisible();
  await look(page, '65-today-progress');
  await logSession(page, 'Easy walk', '7 minutes', 4, 4);
  for (let day = 4; day <= 7; day++) {
    await nextDay(page);
    await answerMorning(page, 4);
    await expect(walk.getByText(/Today: \d+ minutes/)).toBeVisible();
    const dose = (await walk.getByText(/Today: \d+ minutes/).textContent())?.replace('Today: ', '') ?? '';
    await logSession(page, 'Easy walk', dose, 4, 4);
  }

  // A flare: one tap opens the plan, and the gentler dose (60%) shows once the server has it.
  await nextDay(page);
  const before = Number((await walk.getByText(/Today: \d+ minutes/).textContent())?.match(/\d+/)?.[0]);
  await page.getByRole('button', { name: "I'm having a flare" }).click();
  await expect(heading(page, 'Flares happen. You did nothing wrong.')).toBeVisible();
  await expect(page.getByText('Keep moving gently.', { exact: false }).first()).toBeVisible();
  const gentler = Math.max(1, Math.floor(before * 0.6));
  await expect(page.getByText(`(was ${before} minutes)`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your gentler doses' })).toContainText(
    `Easy walk: ${gentler} minutes`,
  );
  await look(page, '66-flare-plan');
  await page.getByRole('button', { name: 'Back to today' }).click();
  await expect(walk.getByText(`Today: ${gentler} minutes`)).toBeVisible();
  await expect(walk.getByText(/Flares are part of getting better/)).toBeVisible();
  await expect(page.getByText('You are in a flare.', { exact: false })).toBeVisible();
  await look(page, '67-today-flare');

  // Progress from the real week: what the person did first, then pain, with the 6–8 week expectation.
  await page.getByRole('link', { name: 'Progress' }).click();
  await expect(heading(page, 'Progress')).toBeVisible();
  // Capacity counts from the starting dose (below the baseline of 11 on purpose), and in a flare
  // from the level reached before it.
  await expect(page.getByText(`Easy walk: from 6 minutes to ${before} minutes`)).toBeVisible();
  await expect(page.getByText('Most people need 6 to 8 weeks', { exact: false })).toBeVisible();
  await look(page, '68-progress-first-week');
});
