// Issue 12, items 12 and 13: before any programme runs, the patient's overview shows what they told us
// while getting started (conditions, usual morning pain, PEG, PSEQ, PSFS goals, PHQ-2), and a PHQ-2 of
// 3 or more is an alert the clinician can acknowledge.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe.ts';
import { ADMIN, CLEAR_SCREENING, invitedClinician, invitedPatient, send, signIn } from './support.ts';

test('the overview shows onboarding measures and conditions before the programme, and a PHQ-2 alert', async ({
  browser,
  page: clinic,
}) => {
  // A clinician of her own: Jo must not join the admin's caseload, whose rows caseload.spec.ts counts.
  await signIn(clinic, ADMIN.email, ADMIN.password);
  await expect(clinic.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
  const rey = await invitedClinician(browser, clinic.request, 'Dr Rey');
  await rey.context.close();
  await clinic.context().clearCookies();
  await signIn(clinic, rey.email);
  await expect(clinic.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
  const jo = await invitedPatient(browser, clinic.request, 'Jo Before');
  const base = `/api/patients/${jo.id}`;
  const api = jo.context.request;
  const localDate = new Date().toISOString().slice(0, 10);
  await send(api, 'PUT', `${base}/screening`, CLEAR_SCREENING);
  await send(api, 'PUT', `${base}/conditions`, { conditions: ['fibromyalgia'] });
  await send(api, 'PUT', `${base}/reference-pain`, { referenceMorningPain: 4 });
  await send(api, 'POST', `${base}/measures`, { instrument: 'PEG', week: 0, localDate, items: [6, 5, 6] });
  await send(api, 'POST', `${base}/measures`, {
    instrument: 'PSFS',
    week: 0,
    localDate,
    activities: [{ name: 'Walk to the shop', score: 3 }],
  });
  await send(api, 'POST', `${base}/measures`, { instrument: 'PHQ2', week: 0, localDate, items: [2, 2] });

  await clinic.goto(`/clinic/patients/${jo.id}`);
  const told = clinic.getByRole('region', { name: 'What the patient told us so far' });
  await expect(told).toBeVisible();
  await expect(told.getByText('Fibromyalgia')).toBeVisible();
  await expect(told.getByText('4 out of 10')).toBeVisible();
  await expect(told.getByText('Walk to the shop: 3 out of 10')).toBeVisible();
  await expect(told.getByRole('rowheader', { name: 'PHQ-2 (mood)' })).toBeVisible();
  await expect(told.getByRole('rowheader', { name: /PEG/ })).toBeVisible();
  // PHQ-2 = 4: an open alert, before any programme.
  await expect(clinic.getByText('Reported: PHQ-2 of 3 or more')).toBeVisible();
  await expectNoAxeViolations(clinic);
  await clinic.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(clinic.getByText(/Acknowledged by Dr Rey/)).toBeVisible();
  await jo.context.close();
});
