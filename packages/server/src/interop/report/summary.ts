// The report's summary in plain words (reading grade ≤ 7, SPEC §11): what the person did leads, the
// pain score follows (SPEC §10, Ferrari 2015), and the expectation that pain takes 6–8 weeks to change.
import { MCID, type Unit, WEEKS_BEFORE_PAIN_CHANGES } from '@steadily/core';
import type { ReportFigures } from './figures.ts';

const UNIT_SHORT: Record<Unit, string> = { minutes: 'min', seconds: 'sec', reps: 'times' };

export function amountText(value: number, unit: Unit): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${UNIT_SHORT[unit]}`;
}

function durationText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function summaryLines(f: ReportFigures): string[] {
  const lines: string[] = [];
  const share =
    f.planned > 0 ? ` (${Math.round((f.sessions / f.planned) * 100)}% of the ${f.planned} planned)` : '';
  const work = [
    ...(f.activeMinutes > 0 ? [`${durationText(f.activeMinutes)} of exercise`] : []),
    ...(f.reps > 0 ? [`${f.reps} reps`] : []),
  ];
  lines.push(
    f.sessions === 0
      ? 'You did not log any sessions in this period.'
      : `You did ${plural(f.sessions, 'session')}${share}.${work.length > 0 ? ` That was ${work.join(' and ')}.` : ''}`,
  );
  const grown = f.exercises.filter(
    (e) => e.quotaAtStart !== null && e.quotaAtEnd !== null && e.quotaAtEnd > e.quotaAtStart,
  );
  if (grown.length > 0)
    lines.push(
      `Your doses went up. ${grown.map((e) => `${e.name}: ${amountText(e.quotaAtStart as number, e.unit)} to ${amountText(e.quotaAtEnd as number, e.unit)}.`).join(' ')}`,
    );
  if (f.weeks.counted > 0)
    lines.push(
      `You kept to most of your plan (70% or more) in ${f.weeks.consistent} of ${plural(f.weeks.counted, 'week')}.`,
    );
  if (f.samePainMoreWork !== null)
    lines.push(
      `Same pain, more work. In the last week you did ${f.samePainMoreWork.minutesChangePct}% more than in the first week. Your morning pain stayed within 1 point.`,
    );
  lines.push(...flareLines(f));
  lines.push(...painLines(f));
  lines.push(...measureLines(f));
  return lines;
}

function flareLines(f: ReportFigures): string[] {
  if (f.flares.length === 0) return ['You had no flare-ups in this period.'];
  const lasted = f.flares.map((x) => (x.ongoing ? `${plural(x.days, 'day')} so far` : plural(x.days, 'day')));
  return [
    `You had ${plural(f.flares.length, 'flare-up')} (${lasted.join(', ')}). Flares are part of recovery, not a sign of harm.`,
  ];
}

function painLines(f: ReportFigures): string[] {
  const lines: string[] = [];
  const { firstWeek, lastWeek } = f.pain;
  if (firstWeek !== null && lastWeek !== null)
    lines.push(
      `Your morning pain was ${firstWeek} out of 10 on average in the first week, and ${lastWeek} in the last week.`,
    );
  else if (f.pain.checkIns > 0) lines.push(`You answered ${plural(f.pain.checkIns, 'morning check-in')}.`);
  if (f.weeksSinceStart !== null && f.weeksSinceStart < WEEKS_BEFORE_PAIN_CHANGES)
    lines.push('Most people need 6 to 8 weeks before their pain starts to change. Keep going.');
  return lines;
}

function measureLines(f: ReportFigures): string[] {
  const lines: string[] = [];
  for (const m of f.measures) {
    if (m.change === null) continue;
    if (m.kind === 'pseq')
      lines.push(
        `Your confidence to do things despite pain (PSEQ) went ${m.change >= 0 ? 'up' : 'down'} ${Math.abs(m.change)} points${m.meaningful ? `: a real change (${MCID.pseq} or more)` : ''}.`,
      );
    if (m.kind === 'psfs')
      lines.push(
        `Your own activities (PSFS) went ${m.change >= 0 ? 'up' : 'down'} ${Math.abs(m.change)} points${m.meaningful ? `: a real change (${MCID.psfs} or more)` : ''}.`,
      );
  }
  if (f.phq2?.suggestTalk)
    lines.push(
      'Your latest mood check (PHQ-2) was 3 or more. We suggest talking to a clinician about it. It is not a diagnosis.',
    );
  return lines;
}
