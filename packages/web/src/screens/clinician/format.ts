// Dates and doses as a clinician reads them, in the app's language.
import type { Unit } from '@steadily/core';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** `2026-03-12` → "12 Mar 2026" (en) / "12 mar 2026" (es). Calendar dates have no time zone. */
export function formatDate(localDate: string, language: string): string {
  let format = dateFormats.get(language);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(language, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    dateFormats.set(language, format);
  }
  return format.format(new Date(`${localDate}T00:00:00Z`));
}

export function formatInstant(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** Today on this device, `YYYY-MM-DD`. */
export function deviceToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(localDate: string, days: number): string {
  const ms = Date.parse(`${localDate}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** A quota without float noise: 0.1 + 0.2 shows as 0.3. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export const UNIT_KEYS: Record<Unit, string> = {
  minutes: 'units.minutes',
  seconds: 'units.seconds',
  reps: 'units.reps',
};
