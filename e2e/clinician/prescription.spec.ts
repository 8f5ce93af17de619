// Issue 14, done when: a clinician prescribes sets × reps with a load from the library (a calf raise),
// the person sees it on Today and in the log, the clinician changes the load, imports pain scores from a
// FHIR file, prints the one-page summary (header once, the whole chart with its pain axis, the same week
// count as the PDF), downloads both PDFs (rendered to PNG and read back by text extraction here), the
// FHIR bundle and the person's calendar. axe on every page.
import { readFile, writeFile } from 'node:fs/promises';
import { type Download, expect, type Page, test } from '@playwright/test';
import ICAL from 'ical.js';
import { PDFParse } from 'pdf-parse';
import { expectNoAxeViolations } from '../support/axe.ts';
import { screenshot } from '../support/screenshots.ts';
import { ADMIN, CLEAR_SCREENING, invitedPatient, moveDays, send, signIn, syncedPage } from './support.ts';

test.use({ viewport: { width: 820, height: 1180 }, hasTouch: true });
test.setTimeout(360_000);

const CALF = 'Calf raise on both feet';
/** A4 at 12 mm margins (the summary's @page) is 186 mm ≈ 703 CSS px wide. */
const PRINTED_WIDTH = 703;

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

async function look(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  await screenshot(page, test.info(), name);
}

/** A download's bytes, and the PDF's text (whitespace folded) with page 1 rendered to a PNG attachment. */
async function readPdf(download: Download, name: string) {
  const bytes = await readFile((await download.path()) as string);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const shot = await parser.getScreenshot({ scale: 1.5, partial: [1] });
    const png = Buffer.from(shot.pages[0]?.data ?? []);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000); // a page with text and a chart, not a blank one
    const path = test.info().outputPath(`${name}-page-1.png`);
    await writeFile(path, png);
    await test.info().attach(`${name} page 1`, { path, contentType: 'image/png' });
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}

test('sets × reps with a load, seen by the person, in both PDFs, the FHIR bundle and the calendar', async ({
  page,
  browser,
}) => {
  await signIn(page, ADMIN.email, ADMIN.password);
  await expect(heading(page, 'Patients')).toBeVisible();
  const rosa = await invitedPatient(browser, page.request, 'Rosa');
  const base = `/api/patients/${rosa.id}`;
  await send(rosa.context.request, 'PUT', `${base}/screening`, CLEAR_SCREENING);
  await send(page.request, 'PUT', `${base}/reference-pain`, { referenceMorningPain: 3 });

  // The builder: a calf raise from the library, 3 sets, a load (first out of range: the field says so).
  await page.goto(`/clinic/patients/${rosa.id}/programme`);
  await expect(heading(page, 'Rosa · Programme')).toBeVisible();
  await page.getByRole('button', { name: `Add ${CALF}` }).click();
  await page.getByLabel('Baseline trials (1–3, commas)').fill('24');
  await page.getByLabel('Sets', { exact: true }).fill('3');
  await page.getByLabel('Load (kg)').fill('600');
  await page.getByLabel('Rest between sets (s)').fill('60');
  await page.getByRole('button', { name: 'Save and start' }).click();
  await expect(page.getByText('Enter a load from 0 to 500 kg, in steps of 0.25 kg.')).toBeVisible();
  await look(page, '80-builder-prescription');
  await page.getByLabel('Load (kg)').fill('5');
  await page.getByRole('button', { name: 'Save and start' }).click();
  await expect(page.getByText('Programme started.')).toBeVisible();

  const plan = await (await rosa.context.request.get(`${base}/today`)).json();
  const calf = plan.exercises[0];
  expect(calf).toMatchObject({ name: CALF, unit: 'reps', loadKg: 5, restSeconds: 60 });
  expect(calf.setsToday).toHaveLength(3);
  expect(calf.setsToday.reduce((s: number, n: number) => s + n, 0)).toBe(calf.quota);

  // The person's Today: the sets, the load and the rest in plain words, and the log names the sets.
  const phone = await syncedPage(rosa.context);
  await phone.setViewportSize({ width: 390, height: 844 });
  await phone.goto('/today');
  const card = phone.getByRole('region', { name: CALF });
  await expect(card).toContainText(/Do it as 3 sets( of \d+|: \d+, \d+,? and \d+)\./);
  await expect(card).toContainText('Use a weight of 5 kg.');
  await expect(card).toContainText('Rest 60 seconds between sets.');
  await expect(card.getByRole('button', { name: /^I did it: \d+ times \(3 sets/ })).toBeVisible();
  await look(phone, '81-today-sets-load');

  // Thirteen more days of mornings and sessions: today is the last day of week 2, not over yet.
  for (let day = 1; day <= 14; day++) {
    if (day > 1) await moveDays([page, phone], 1);
    const today = (await (await rosa.context.request.get(`${base}/today`)).json()).localDate;
    await send(rosa.context.request, 'POST', `${base}/mornings`, { localDate: today, pain: 3 });
    await send(rosa.context.request, 'POST', `${base}/sessions`, {
      localDate: today,
      exerciseId: calf.id,
      done: 'quota',
      peak: 3,
      after: 3,
    });
  }
  const now = await (await rosa.context.request.get(`${base}/today`)).json();
  expect(now.day).toBe(14);

  // The clinician changes the load on the running plan; the engine's dose stays; the person sees it.
  await page.goto(`/clinic/patients/${rosa.id}`);
  await expect(heading(page, 'Rosa · Overview')).toBeVisible();
  const planCard = page.getByRole('region', { name: 'Plan now' });
  await expect(planCard).toContainText(/3 × \d+|\d+ \+ \d+ \+ \d+/);
  await expect(planCard).toContainText('5 kg · rest 60 s');
  await planCard.getByText(`Sets, load and rest for ${CALF}`).click();
  await planCard.getByLabel(`Load for ${CALF} (kg)`).fill('7.5');
  await planCard.getByRole('button', { name: 'Save sets and load' }).click();
  await expect(page.getByText(`${CALF}: sets and load saved.`)).toBeVisible();
  await expect(planCard).toContainText('7.5 kg');
  const after = (await (await rosa.context.request.get(`${base}/today`)).json()).exercises[0];
  expect([after.quota, after.loadKg]).toEqual([now.exercises[0].quota, 7.5]);
  await phone.reload();
  await expect(phone.getByRole('region', { name: CALF })).toContainText('Use a weight of 7.5 kg.');

  // A FHIR file from another app: one score before the programme imports, one out of range is named.
  const start = new Date(`${now.localDate}T12:00:00Z`);
  start.setUTCDate(start.getUTCDate() - 15);
  const painOn = (date: string, value: number) => ({
    resource: {
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '72514-3' }] },
      effectiveDateTime: date,
      valueInteger: value,
    },
  });
  const bundle = {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [painOn(start.toISOString().slice(0, 10), 4), painOn(start.toISOString().slice(0, 10), 11)],
  };
  const importer = page.getByRole('region', { name: 'Import pain scores (FHIR)' });
  await importer.getByLabel('FHIR Bundle file (.json)').setInputFiles({
    name: 'other-app.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bundle)),
  });
  await importer.getByLabel('Every score in the file is a morning score').check();
  await importer.getByRole('button', { name: 'Import' }).click();
  await expect(importer.getByRole('status')).toContainText(/Imported 1, already there 0, rejected 1/);
  const rejected = importer.getByRole('region', { name: 'Rejected entries' });
  await expect(rejected.getByRole('cell').first()).toContainText('entry[1]');
  await look(page, '82-overview-prescription-import');

  // The one-page summary, printed: the header once, the chart at the page's width with its pain axis.
  await page.getByRole('link', { name: 'Summary', exact: true }).click();
  await expect(heading(page, 'Rosa · Summary')).toBeVisible();
  await expect(
    page.getByText(/Calf raise on both feet: .* · (3 × \d+|\d+ \+ \d+ \+ \d+) · 7.5 kg/),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  const weeksText = (await page.getByText(/Weeks with ≥ 70% of planned sessions/).textContent()) ?? '';
  const [, onScreenKept, onScreenOf] = /(\d+) of (\d+)/.exec(weeksText) ?? [];
  expect([onScreenKept, onScreenOf]).toEqual(['1', '1']); // week 2 ends today: not over yet

  const downloadOf = async (name: string) => {
    const waiting = page.waitForEvent('download');
    await page.getByRole('link', { name }).click();
    return waiting;
  };
  const personal = await readPdf(await downloadOf('Progress report (PDF)'), 'person-report');
  const clinical = await readPdf(
    await downloadOf('Clinician report for a GP or insurer (PDF)'),
    'clinician-report',
  );
  expect(personal).toContain(CALF);
  expect(personal).toContain('7.5 kg');
  // The same week count as the summary on screen (it said 8 of 8 against the screen's 7 of 7).
  expect(personal).toContain(`in ${onScreenKept} of ${onScreenOf} week`);
  expect(clinical).toContain(CALF);
  expect(clinical).toContain('Rosa');

  const fhirFile = await downloadOf('FHIR R4 bundle (JSON)');
  const fhir = JSON.parse(await readFile((await fhirFile.path()) as string, 'utf8'));
  const requests = fhir.entry
    .map((e: { resource: { resourceType: string } }) => e.resource)
    .filter((r: { resourceType: string; status?: string }) => r.resourceType === 'ServiceRequest');
  const inForce = requests.find((r: { status: string }) => r.status === 'active');
  const details = (inForce.orderDetail ?? []).map((d: { text: string }) => d.text);
  expect(details).toEqual([
    expect.stringMatching(/^(3 × \d+|\d+ \+ \d+ \+ \d+) repetitions$/),
    'Load 7.5 kg',
    'Rest 60 s between sets',
  ]);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  // Soft: every print fault is reported, not only the first.
  await expect.soft(page.getByText(rosa.email)).toHaveCount(1);
  await expect(page.getByText(/printed /)).toBeVisible();
  const chart = page.getByRole('img', { name: /Doses and pain|days/ }).first();
  const canvas = chart.locator('canvas');
  await expect.soft
    .poll(async () => (await canvas.boundingBox())?.width ?? Number.POSITIVE_INFINITY)
    .toBeLessThanOrEqual(PRINTED_WIDTH);
  // uPlot lays one box per axis beside the plot: the pain axis, on the right, ends within the page.
  const axes = chart.locator('.u-axis');
  await expect.soft(axes).toHaveCount(3);
  const left = (await heading(page, 'Rosa · Summary').boundingBox())?.x ?? 0;
  const pain = await axes.nth(2).boundingBox();
  expect.soft((pain?.x ?? 0) + (pain?.width ?? 0) - left).toBeLessThanOrEqual(PRINTED_WIDTH);
  expect.soft(pain?.width ?? 0).toBeGreaterThan(20);
  await screenshot(page, test.info(), '83-summary-print-chart');
  await page.emulateMedia({ media: 'screen' });

  // The person's calendar: valid iCalendar with the calf raise in it.
  const link = await send(rosa.context.request, 'POST', `${base}/calendar-link`, {});
  const ics = await (await rosa.context.request.get(link.path)).text();
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events.length).toBeGreaterThan(0);
  expect(events.some((e) => String(e.getFirstPropertyValue('summary')).includes(CALF))).toBe(true);
  await rosa.context.close();
});
