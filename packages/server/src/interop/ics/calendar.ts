// The planned sessions as an iCalendar feed (RFC 5545) a calendar app can subscribe to: one event per
// planned session of each exercise, recurring weekly (RRULE, BYDAY the planned weekdays, COUNT to the end
// of the feed's window) at the person's first reminder time in their time zone (TZID with a VTIMEZONE),
// or all day without a reminder time. Later reminder times are reminders, not more sessions: they are
// not events (one event per reminder time read as a double dose).
import type { Unit } from '@steadily/core';
import { addDays } from '../../services/local-date.ts';
import { uuidV5 } from '../fhir/ids.ts';
import { contentLines, escapeText, icsDate, icsLocalDateTime, icsUtc } from './format.ts';
import { vtimezone } from './timezone.ts';

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
  /** Reminder times `HH:MM` in the person's time zone: sessions are at the first; none → all day. */
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

function durationMinutes(e: PlannedExercise): number {
  const minutes =
    e.unit === 'minutes' ? e.quota : e.unit === 'seconds' ? e.quota / 60 : MINUTES_PER_REPS_EXERCISE;
  return Math.min(120, Math.max(5, Math.ceil(minutes / 5) * 5));
}

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** The planned dates of an exercise inside the window. */
function occurrences(input: CalendarInput, weekdays: number[]): string[] {
  return Array.from({ length: input.days }, (_, i) => addDays(input.from, i)).filter((d) =>
    weekdays.includes(weekdayOf(d)),
  );
}

function event(input: CalendarInput, exercise: PlannedExercise, time: string | null): string[] {
  const weekdays = plannedWeekdays(exercise.perWeek);
  const dates = occurrences(input, weekdays);
  const first = dates[0];
  if (first === undefined) return [];
  const amount = `${exercise.quota} ${UNIT_WORDS[exercise.unit]}`;
  const summary = `Steadily: ${exercise.name} ${amount}`;
  const description = [
    `${exercise.name}: ${amount}`,
    '',
    'Do your quota, not until it hurts. Log it in Steadily after.',
  ].join('\n');
  const when =
    time === null
      ? [`DTSTART;VALUE=DATE:${icsDate(first)}`, `DTEND;VALUE=DATE:${icsDate(addDays(first, 1))}`]
      : [
          `DTSTART;TZID=${input.timeZone}:${icsLocalDateTime(first, time)}`,
          `DURATION:PT${durationMinutes(exercise)}M`,
        ];
  // COUNT, not UNTIL: the same rule for timed and all-day events, ending with the feed's window.
  const rrule =
    dates.length > 1
      ? [`RRULE:FREQ=WEEKLY;BYDAY=${weekdays.map((d) => BYDAY[d]).join(',')};WKST=MO;COUNT=${dates.length}`]
      : [];
  return [
    'BEGIN:VEVENT',
    `UID:${uuidV5(`ics/${input.patientId}/${exercise.id}`)}@steadily`,
    `DTSTAMP:${icsUtc(input.now)}`,
    ...when,
    ...rrule,
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
  const invalid = input.times.find((t) => !/^([01]\d|2[0-3]):[0-5]\d$/.test(t));
  if (invalid !== undefined) throw new RangeError(`Reminder time "${invalid}" is not HH:MM`);
  const time = [...input.times].sort()[0] ?? null;
  const events = input.exercises.flatMap((e) => event(input, e, time));
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
    ...(time !== null && events.length > 0 ? vtimezone(input.timeZone, input.from, input.days) : []),
    ...events,
    'END:VCALENDAR',
  ];
  return contentLines(lines);
}
