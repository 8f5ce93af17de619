// The app in Spanish on the real server, for a person who chose Spanish at sign-up: Today with the
// engine's reason, a session in three taps, a flare with its gentler dose, Progress and Learn, every
// screen in Spanish, addressed as "usted" throughout, and axe-clean.

import { expect, type Page, test } from '@playwright/test';
import { informalSpanish } from '@steadily/core';
import { expectNoAxeViolations } from './support/axe.ts';
import { recordWeekZeroMeasures, signUpPerson, startProgramme } from './support/people.ts';
import { screenshot } from './support/screenshots.ts';

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

/** axe, the register of every word on the screen, and a picture to look at. */
async function check(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  expect(informalSpanish(await page.locator('body').innerText())).toEqual([]);
  await screenshot(page, test.info(), name);
}

test('a Spanish-speaking person logs, has a flare and reads their progress, all in Spanish', async ({
  page,
}) => {
  const person = await signUpPerson(page, 'Lucía', 'es');
  await startProgramme(page, person, [
    { name: 'Paseo suave', unit: 'minutes', baseline: [10, 10, 10], libraryExerciseId: 'easy-walk' },
  ]);
  await recordWeekZeroMeasures(page, person);

  await page.goto('/today');
  await expect(heading(page, 'Hoy')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const walk = page.getByRole('region', { name: 'Paseo suave' });
  await expect(walk.getByText('Hoy: 7 minutos')).toBeVisible();
  await expect(walk.getByText(/Empezamos paseo suave con 7 minutos/i)).toBeVisible();
  await check(page, '80-hoy');

  await page
    .getByRole('group', { name: '¿Cómo está su dolor esta mañana?' })
    .getByRole('button', { name: '3 de 10', exact: true })
    .click();
  await expect(page.getByText('Gracias. Su respuesta está guardada.')).toBeVisible();

  let taps = 0;
  await walk.getByRole('button', { name: 'Lo hice: 7 minutos' }).click();
  taps++;
  await walk
    .getByRole('group', { name: '¿Su peor dolor al hacerlo?' })
    .getByRole('button', { name: '4 de 10', exact: true })
    .click();
  taps++;
  await walk
    .getByRole('group', { name: /Su dolor ahora/ })
    .getByRole('button', { name: '3 de 10', exact: true })
    .click();
  taps++;
  await expect(walk.getByText('Muy bien. Su ejercicio está guardado.')).toBeVisible();
  expect(taps).toBe(3);
  await check(page, '81-hoy-anotado');

  await page.getByRole('button', { name: 'Tengo una crisis' }).click();
  await expect(heading(page, 'Las crisis pasan. No hizo nada mal.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sus dosis más suaves' })).toContainText(
    'Paseo suave: 4 minutos',
  );
  await expect(page.getByText('(antes 7 minutos)')).toBeVisible();
  await check(page, '82-plan-de-crisis');
  await page.getByRole('button', { name: 'Volver a hoy' }).click();
  await expect(walk.getByText('Hoy: 4 minutos')).toBeVisible();
  await expect(walk.getByText(/Las crisis son parte de mejorar/)).toBeVisible();

  await page.getByRole('link', { name: 'Avance' }).click();
  await expect(heading(page, 'Avance')).toBeVisible();
  await expect(page.getByText('Primero, lo que ha hecho.', { exact: false })).toBeVisible();
  await check(page, '83-avance');

  await page.getByRole('link', { name: 'Aprender' }).click();
  await expect(heading(page, 'Aprender')).toBeVisible();
  await check(page, '84-aprender');
});
