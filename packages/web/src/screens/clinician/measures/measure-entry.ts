// A measure a clinician records for a patient (PEG, PSEQ, PHQ-2 or PSFS at week 0, 6 or 12), as typed
// into a form: what each instrument asks for, and a check that names the field and why before sending.
import { PSFS_SHAPE, QUESTIONNAIRE_ITEMS } from '@steadily/core';
import type { Instrument, MeasureInput, MeasureWeek } from '../../../api/measures.ts';

export const INSTRUMENTS: readonly Instrument[] = ['PEG', 'PSEQ', 'PHQ2', 'PSFS'];
export const WEEKS: readonly MeasureWeek[] = [0, 6, 12];

export interface MeasureDraft {
  instrument: Instrument;
  week: MeasureWeek;
  localDate: string;
  items: string[];
  activities: { name: string; score: string }[];
}

/** Field path → problem: `range` (with its max), `name` (a score without an activity), `none`, `date`. */
export type MeasureErrors = Record<string, { code: 'range' | 'name' | 'none' | 'date'; max?: number }>;

export function emptyDraft(
  instrument: Instrument,
  week: MeasureWeek,
  localDate: string,
  activityNames: string[],
): MeasureDraft {
  const items =
    instrument === 'PSFS' ? [] : Array.from({ length: QUESTIONNAIRE_ITEMS[instrument].count }, () => '');
  const activities = Array.from({ length: PSFS_SHAPE.activities }, (_, i) => ({
    name: activityNames[i] ?? '',
    score: '',
  }));
  return { instrument, week, localDate, items, activities };
}

function wholeNumber(text: string, max: number): number | null {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= 0 && value <= max ? value : null;
}

export function checkMeasure(draft: MeasureDraft): { input: MeasureInput | null; errors: MeasureErrors } {
  const errors: MeasureErrors = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.localDate)) errors.localDate = { code: 'date' };
  const { instrument, week, localDate } = draft;
  if (instrument !== 'PSFS') {
    const { max } = QUESTIONNAIRE_ITEMS[instrument];
    const items = draft.items.map((text) => wholeNumber(text, max));
    items.forEach((value, i) => {
      if (value === null) errors[`items.${i}`] = { code: 'range', max };
    });
    const ok = Object.keys(errors).length === 0;
    return { input: ok ? { instrument, week, localDate, items: items as number[] } : null, errors };
  }
  const activities: { name: string; score: number }[] = [];
  draft.activities.forEach((activity, i) => {
    const name = activity.name.trim();
    if (name === '' && activity.score.trim() === '') return;
    if (name === '') errors[`activities.${i}.name`] = { code: 'name' };
    const score = wholeNumber(activity.score, PSFS_SHAPE.max);
    if (score === null) errors[`activities.${i}.score`] = { code: 'range', max: PSFS_SHAPE.max };
    else if (name !== '') activities.push({ name, score });
  });
  if (activities.length === 0 && Object.keys(errors).length === 0)
    errors['activities.0.name'] = { code: 'none' };
  const ok = Object.keys(errors).length === 0;
  return { input: ok ? { instrument, week, localDate, activities } : null, errors };
}
