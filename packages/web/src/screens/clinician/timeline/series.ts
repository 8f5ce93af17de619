// A patient's timeline as chart series, one value per programme day: the quota in force of each
// exercise at the end of the day, the morning pain, and the flares as day ranges.
import type { Decision, Timeline } from '../../../api/record.ts';

export interface FlareSpan {
  startDay: number;
  endDay: number | null;
}

export interface Series {
  days: number[];
  quotas: Record<string, (number | null)[]>;
  mornings: (number | null)[];
  peaks: (number | null)[];
  flares: FlareSpan[];
}

function lastDayOf(timeline: Timeline): number {
  const days = [
    ...timeline.events.map((e) => e.day ?? 0),
    ...timeline.decisions.map((d) => d.day),
    ...timeline.notices.map((n) => n.day),
  ];
  return Math.max(1, ...days);
}

export function flaresOf(timeline: Timeline): FlareSpan[] {
  const flares: FlareSpan[] = [];
  for (const notice of timeline.notices) {
    if (notice.kind === 'flare_started') flares.push({ startDay: notice.day, endDay: null });
    if (notice.kind === 'flare_ended') {
      const open = flares.findLast((f) => f.endDay === null);
      if (open) open.endDay = notice.day;
    }
  }
  return flares;
}

export function buildSeries(timeline: Timeline, exerciseIds: string[], today?: number): Series {
  const last = Math.max(lastDayOf(timeline), today ?? 0);
  const days = Array.from({ length: last }, (_, i) => i + 1);
  const byDay = new Map<number, Decision[]>();
  for (const d of timeline.decisions) byDay.set(d.day, [...(byDay.get(d.day) ?? []), d]);
  const quotas: Series['quotas'] = {};
  for (const id of exerciseIds) {
    let quota: number | null = null;
    quotas[id] = days.map((day) => {
      for (const d of byDay.get(day) ?? []) if (d.exerciseId === id) quota = d.quota;
      return quota;
    });
  }
  const mornings = days.map(() => null as number | null);
  const peaks = days.map(() => null as number | null);
  for (const e of timeline.events) {
    if (e.day === null || e.day < 1) continue;
    if (e.type === 'morning') mornings[e.day - 1] = Number(e.fields.pain);
    if (e.type === 'session') {
      const peak = Number(e.fields.peak);
      peaks[e.day - 1] = Math.max(peaks[e.day - 1] ?? 0, peak);
    }
  }
  return { days, quotas, mornings, peaks, flares: flaresOf(timeline) };
}
