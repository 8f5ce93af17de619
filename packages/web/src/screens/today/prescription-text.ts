// The clinician's sets, load and rest in the person's words (issue 14): "Do it as 3 sets of 8.",
// "Use a weight of 5 kg.", "Rest 60 seconds between sets." The server splits today's quota into the
// sets (core/prescription.ts); one set says nothing more than the dose itself.

import type { Unit } from '@steadily/core';
import type { TFunction } from 'i18next';

export interface PrescriptionShown {
  unit: Unit;
  setsToday?: number[] | null;
  loadKg?: number | null;
  restSeconds?: number | null;
}

const numberIn = (language: string, n: number) => new Intl.NumberFormat(language).format(n);

/** The sets alone, e.g. "3 sets of 8" or "4 holds: 32, 31, 31 and 31 seconds"; null for one number. */
export function setsText(t: TFunction, language: string, p: PrescriptionShown): string | null {
  const split = p.setsToday ?? null;
  if (split === null || split.length < 2) return null;
  const first = split[0] ?? 0;
  const even = split.every((n) => n === first);
  const kind = p.unit === 'seconds' ? 'holds' : 'reps';
  const list = new Intl.ListFormat(language, { type: 'conjunction' }).format(
    split.map((n) => numberIn(language, n)),
  );
  return even
    ? t(`sets.${kind}Even`, { n: split.length, each: numberIn(language, first) })
    : t(`sets.${kind}Uneven`, { n: split.length, list });
}

/** Whole sentences for Today: the sets, the load, the rest (each only when the clinician set it). */
export function prescriptionLines(t: TFunction, language: string, p: PrescriptionShown): string[] {
  const sets = setsText(t, language, p);
  return [
    ...(sets === null ? [] : [t('sets.line', { sets })]),
    ...(p.loadKg === null || p.loadKg === undefined || p.loadKg === 0
      ? []
      : [t('sets.load', { kg: numberIn(language, p.loadKg) })]),
    ...(sets === null || p.restSeconds === null || p.restSeconds === undefined
      ? []
      : [t('sets.rest', { seconds: numberIn(language, p.restSeconds) })]),
  ];
}
