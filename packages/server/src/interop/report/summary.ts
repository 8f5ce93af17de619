// The report's summary in plain words (reading grade ≤ 7, SPEC §11): what the person did leads, the
// pain score follows (SPEC §10, Ferrari 2015), and the expectation that pain takes 6–8 weeks to change.
import { MCID, type Unit, WEEKS_BEFORE_PAIN_CHANGES } from '@steadily/core';
import type { ReportFigures } from './figures.ts';
import { number, type Words } from './words.ts';

export function amountText(value: number, unit: Unit, w: Words): string {
  return `${number(w.language, value)} ${w.units[unit]}`;
}

function durationText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

export function summaryLines(f: ReportFigures, w: Words): string[] {
  const t = w.summary;
  const lines: string[] = [];
  if (f.sessions === 0) lines.push(t.noSessions);
  else {
    const pct = f.planned > 0 ? Math.round((f.sessions / f.planned) * 100) : null;
    const minutes = f.activeMinutes > 0 ? durationText(f.activeMinutes) : null;
    const reps = f.reps > 0 ? f.reps : null;
    lines.push(
      [t.sessions(f.sessions, pct, f.planned), ...(minutes || reps ? [t.work({ minutes, reps })] : [])].join(
        ' ',
      ),
    );
  }
  const grown = f.exercises.flatMap((e) =>
    e.quotaAtStart !== null && e.quotaAtEnd !== null && e.quotaAtEnd > e.quotaAtStart
      ? [
          {
            name: e.name,
            from: amountText(e.quotaAtStart, e.unit, w),
            to: amountText(e.quotaAtEnd, e.unit, w),
          },
        ]
      : [],
  );
  if (grown.length > 0) lines.push(t.dosesUp(grown));
  // Every exercise is named: one that did not go up is said so, never left out.
  const started = f.exercises.filter((e) => e.quotaAtStart !== null && e.quotaAtEnd !== null);
  const same = started.filter((e) => e.quotaAtEnd === e.quotaAtStart);
  if (same.length > 0)
    lines.push(
      t.dosesSame(same.map((e) => ({ name: e.name, at: amountText(e.quotaAtEnd as number, e.unit, w) }))),
    );
  const down = started.filter((e) => (e.quotaAtEnd as number) < (e.quotaAtStart as number));
  if (down.length > 0)
    lines.push(
      t.dosesDown(
        down.map((e) => ({
          name: e.name,
          from: amountText(e.quotaAtStart as number, e.unit, w),
          to: amountText(e.quotaAtEnd as number, e.unit, w),
        })),
      ),
    );
  if (f.weeks.counted > 0) lines.push(t.consistent(f.weeks.consistent, f.weeks.counted));
  if (f.samePainMoreWork !== null) lines.push(t.samePain(f.samePainMoreWork.minutesChangePct));
  lines.push(f.flares.length === 0 ? t.noFlares : t.flares(f.flares.map((x) => w.days(x.days, x.ongoing))));
  const { firstWeek, lastWeek } = f.pain;
  if (firstWeek !== null && lastWeek !== null)
    lines.push(t.pain(number(w.language, firstWeek), number(w.language, lastWeek)));
  else if (f.pain.checkIns > 0) lines.push(t.checkIns(f.pain.checkIns));
  if (f.weeksSinceStart !== null && f.weeksSinceStart < WEEKS_BEFORE_PAIN_CHANGES) lines.push(t.tooEarly);
  for (const m of f.measures) {
    if (m.change === null || m.kind === 'peg') continue;
    lines.push(t.measure(m.kind, m.change, m.meaningful === true, number(w.language, MCID[m.kind])));
  }
  if (f.phq2?.suggestTalk) lines.push(t.phq2);
  return lines;
}
