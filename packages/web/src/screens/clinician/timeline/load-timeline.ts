// What the timeline and the summary read about one patient, in one go.
import { getNotes } from '../../../api/notes.ts';
import { getProgress } from '../../../api/progress.ts';
import { getMeasures, getProgramme, getTimeline } from '../../../api/record.ts';
import { buildSeries } from './series.ts';

export async function loadTimeline(patientId: string) {
  const [timeline, programme, measures, progress, notes] = await Promise.all([
    getTimeline(patientId),
    getProgramme(patientId),
    getMeasures(patientId),
    getProgress(patientId),
    getNotes(patientId),
  ]);
  if (timeline === null || programme === null) return null;
  const running = programme.status === 'active' ? programme : null;
  // A draft may be open beside the running programme: names come from the decisions' exercises.
  const ids = [...new Set(timeline.decisions.map((d) => d.exerciseId))];
  const known = new Map((running ?? programme).exercises.map((e) => [e.id, e]));
  const exercises = ids.map((id) => ({
    id,
    name: known.get(id)?.name ?? id,
    unit: known.get(id)?.unit,
    // The clinician's sets, load and rest (issue 14), for the summary's "what the patient does now".
    sets: known.get(id)?.sets ?? null,
    loadKg: known.get(id)?.loadKg ?? null,
    restSeconds: known.get(id)?.restSeconds ?? null,
  }));
  const today = Math.floor((Date.now() - Date.parse(`${timeline.startDate}T00:00:00Z`)) / 86_400_000) + 1;
  return { timeline, exercises, measures, progress, notes, series: buildSeries(timeline, ids, today) };
}

export type TimelineData = NonNullable<Awaited<ReturnType<typeof loadTimeline>>>;
