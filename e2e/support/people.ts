// People for browser tests, made through the real API in the browser's own cookie jar (page.request),
// so the page opens signed in. The journey test makes its person through the screens instead.
import { randomInt, randomUUID } from 'node:crypto';
import { type APIRequestContext, expect, type Page } from '@playwright/test';

export const PASSWORD = 'a long enough phrase';

async function csrf(api: APIRequestContext): Promise<string> {
  return (await (await api.get('/api/auth/csrf')).json()).csrfToken;
}

async function send(api: APIRequestContext, method: 'POST' | 'PUT' | 'PATCH', url: string, data: unknown) {
  const res = await api.fetch(url, {
    method,
    data,
    headers: { 'x-csrf-token': await csrf(api), 'idempotency-key': randomUUID() },
  });
  expect(res.ok(), `${method} ${url}: ${res.status()} ${await res.text()}`).toBe(true);
  return res.json();
}

export interface Person {
  id: string;
  email: string;
  displayName: string;
}

/**
 * A fresh email for a test person: their name in plain letters, then digits only, so a search for part of
 * a name never also matches a random suffix.
 */
export function testEmail(displayName: string, domain = 'example.com'): string {
  const local = displayName
    .normalize('NFD')
    .replace(/[^a-zA-Z]/g, '')
    .toLowerCase();
  return `${local}-${String(randomInt(100_000_000)).padStart(8, '0')}@${domain}`;
}

/** Signs a new self-guided person up; the browser context is then signed in as them. */
export async function signUpPerson(
  page: Page,
  displayName = 'Ana',
  locale: 'en' | 'es' = 'en',
): Promise<Person> {
  const email = testEmail(displayName);
  const me = await send(page.request, 'POST', '/api/auth/sign-up', {
    email,
    password: PASSWORD,
    displayName,
    timeZone: 'Europe/Madrid',
    locale,
  });
  return { id: me.id, email, displayName };
}

export interface ExercisePlan {
  name: string;
  unit: 'minutes' | 'seconds' | 'reps';
  baseline: number[];
  libraryExerciseId?: string;
}

const WALKING: ExercisePlan = {
  name: 'Walking',
  unit: 'minutes',
  baseline: [10, 10, 10],
  libraryExerciseId: 'easy-walk',
};

/**
 * Screening clear, a usual morning pain of 3, the exercises' baselines, the programme started today
 * (on the app's default dosing model, "personal", unless `dosing` names one).
 */
export async function startProgramme(
  page: Page,
  person: Person,
  exercises: ExercisePlan[] = [WALKING],
  dosing?: 'classic' | 'personal',
) {
  const base = `/api/patients/${person.id}`;
  const api = page.request;
  await send(api, 'PUT', `${base}/screening`, {
    clearance: { general: [false, false, false, false, false, false, false] },
    redFlags: [],
    pem: false,
  });
  await send(api, 'PUT', `${base}/conditions`, { conditions: ['other'] });
  await send(api, 'PUT', `${base}/reference-pain`, { referenceMorningPain: 3 });
  await send(api, 'PUT', `${base}/programme`, { exercises: exercises.map((e) => ({ maxQuota: 60, ...e })) });
  return send(api, 'POST', `${base}/programme/start`, dosing === undefined ? {} : { dosing });
}

/** The four week-0 measures, so Today shows no "questions left" card. */
export async function recordWeekZeroMeasures(page: Page, person: Person): Promise<void> {
  const url = `/api/patients/${person.id}/measures`;
  const localDate = new Date().toISOString().slice(0, 10);
  const api = page.request;
  await send(api, 'POST', url, { instrument: 'PEG', week: 0, localDate, items: [5, 5, 5] });
  await send(api, 'POST', url, {
    instrument: 'PSEQ',
    week: 0,
    localDate,
    items: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3],
  });
  await send(api, 'POST', url, { instrument: 'PHQ2', week: 0, localDate, items: [0, 1] });
  await send(api, 'POST', url, {
    instrument: 'PSFS',
    week: 0,
    localDate,
    activities: [{ name: 'Walk to the shop', score: 4 }],
  });
}
