// The planned sessions as an iCalendar feed (RFC 5545) a calendar app can subscribe to: one event a day
// at each reminder time (or all day without one), listing that day's exercises and quotas. Times are
// floating local times — 08:00 is the person's 08:00 wherever they are — and X-WR-TIMEZONE tells
// Google and Apple calendars which zone to show them in.
import type { Unit } from '@steadily/core';
import { addDays } from '../../services/local-date.ts';
import { uuidV5 } from '../fhir/ids.ts';
import { contentLines, escapeText, icsDate, icsLocalDateTime, icsUtc } from './format.ts';

export interface PlannedExercise {
  id: string;
  name: string;
  unit: Unit;
  quota: number;
  /** Planned sessions a week: spread over the week (SPEC §10 counts them per week). */
  perWeek: number;
}

export interface CalendarInput {
  patientId: string;
  timeZone: string;
  /** Exercises of the running programme that are not paused; none → an empty calendar. */
  exercises: PlannedExercise[];
  /** Reminder times `HH:MM` in the person's time zone; none → all-day events. */
  times: string[];
  /** First local date of the feed, and how many days it covers. */
  from: string;
  days: number;
  /** DTSTAMP (injected clock). */
  now: Date;
}

const UNIT_WORDS: Record<Unit, string> = { minutes: 'min', seconds: 'sec', reps: 'times' };
const MINUTES_PER_REPS_EXERCISE = 5;

/** Weekdays (0 = Monday) for n sessions a week, spread out: 3 → Mon, Wed, Sat; 5 → Mon, Tue, Thu, Fri, Sun. */
export function plannedWeekdays(perWeek: number): number[] {
  const n = Math.max(0, Math.min(7, Math.round(perWeek)));
  return [...new Set(Array.from({ length: n }, (_, i) => Math.round((i * 7) / n) % 7))];
}

const weekdayOf = (localDate: string) => (new Date(`${localDate}T00:00:00Z`).getUTCDay() + 6) % 7;

function durationMinutes(exercises: PlannedExercise[]): number {
  const minutes = exercises.reduce((sum, e) => {
    if (e.unit === 'minutes') return sum + e.quota;
    if (e.unit === 'seconds') return sum + e.quota / 60;
    return sum + MINUTES_PER_REPS_EXERCISE;
  }, 0);
  return Math.min(120, Math.max(10, Math.ceil(minutes / 5) * 5));
}

function event(
  input: CalendarInput,
  localDate: string,
  time: string | null,
  plan: PlannedExercise[],
): string[] {
  const summary = `Steadily: ${plan.map((e) => `${e.name} ${e.quota} ${UNIT_WORDS[e.unit]}`).join(', ')}`;
  const description = [
    ...plan.map((e) => `${e.name}: ${e.quota} ${UNIT_WORDS[e.unit]}`),
    '',
    'Do your quota, not until it hurts. Log it in Steadily after.',
  ].join('\n');
  const when =
    time === null
      ? [`DTSTART;VALUE=DATE:${icsDate(localDate)}`, `DTEND;VALUE=DATE:${icsDate(addDays(localDate, 1))}`]
      : [`DTSTART:${icsLocalDateTime(localDate, time)}`, `DURATION:PT${durationMinutes(plan)}M`];
  return [
    'BEGIN:VEVENT',
    `UID:${uuidV5(`ics/${input.patientId}/${localDate}/${time ?? 'all-day'}`)}@steadily`,
    `DTSTAMP:${icsUtc(input.now)}`,
    ...when,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'TRANSP:TRANSPARENT',
    ...(time === null
      ? []
      : [
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `DESCRIPTION:${escapeText(summary)}`,
          'TRIGGER:PT0M',
          'END:VALARM',
        ]),
    'END:VEVENT',
  ];
}

export function buildCalendar(input: CalendarInput): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Steadily//Planned sessions//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Steadily',
    `X-WR-TIMEZONE:${input.timeZone}`,
    'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
    'X-PUBLISHED-TTL:PT6H',
  ];
  const weekdays = new Map(input.exercises.map((e) => [e.id, plannedWeekdays(e.perWeek)]));
  const invalid = input.times.find((t) => !/^([01]\d|2[0-3]):[0-5]\d$/.test(t));
  if (invalid !== undefined) throw new RangeError(`Reminder time "${invalid}" is not HH:MM`);
  const times = [...new Set(input.times)].sort();
  for (let offset = 0; offset < input.days; offset++) {
    const localDate = addDays(input.from, offset);
    const plan = input.exercises.filter((e) => weekdays.get(e.id)?.includes(weekdayOf(localDate)));
    if (plan.length === 0) continue;
    for (const time of times.length === 0 ? [null] : times)
      lines.push(...event(input, localDate, time, plan));
  }
  lines.push('END:VCALENDAR');
  return contentLines(lines);
}
