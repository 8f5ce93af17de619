import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarInput, plannedWeekdays } from './calendar.ts';
import { CONTROL, escapeText, foldLine } from './format.ts';

const input: CalendarInput = {
  patientId: '5b0f3f8e-7c1d-4e2a-9b3c-1d2e3f4a5b6c',
  timeZone: 'Europe/Madrid',
  exercises: [
    { id: 'walk', name: 'Easy walk', unit: 'minutes', quota: 12, perWeek: 5 },
    { id: 'sts', name: 'Sit to stand', unit: 'reps', quota: 8, perWeek: 3 },
    { id: 'plank', name: 'Wall plank, arms straight; "slow"', unit: 'seconds', quota: 45, perWeek: 7 },
  ],
  times: ['18:30', '08:00'],
  from: '2025-03-03', // a Monday
  days: 7,
  now: new Date('2025-03-02T20:15:00.123Z'),
};

const eventsOf = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe('buildCalendar', () => {
  const text = buildCalendar(input);

  it('is RFC 5545 text: CRLF line ends, no line over 75 octets, balanced components', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const begins = text.match(/^BEGIN:VEVENT/gm)?.length;
    expect(begins).toBe(text.match(/^END:VEVENT/gm)?.length);
    expect(text).toContain('X-WR-TIMEZONE:Europe/Madrid\r\n');
  });

  it('parses back with ical.js into one event per planned day and reminder time', () => {
    const events = eventsOf(text);
    // 7 days × 2 times: the plank is planned every day, so every day has an event.
    expect(events).toHaveLength(14);
    const monday = events.filter((e) => e.startDate.toString().startsWith('2025-03-03'));
    expect(monday.map((e) => e.startDate.toString())).toEqual(['2025-03-03T08:00:00', '2025-03-03T18:30:00']);
    expect(monday[0]?.startDate.zone?.tzid).toBe('floating');
    expect(monday[0]?.summary).toBe(
      'Steadily: Easy walk 12 min, Sit to stand 8 times, Wall plank, arms straight; "slow" 45 sec',
    );
    expect(monday[0]?.description).toContain('Sit to stand: 8 times\n');
    expect(monday[0]?.duration.toSeconds()).toBe(20 * 60);
    const tuesday = events.find((e) => e.startDate.toString() === '2025-03-04T08:00:00');
    expect(tuesday?.summary).not.toContain('Sit to stand');
  });

  it('keeps UIDs stable from one fetch to the next, stamped with the injected clock', () => {
    const again = buildCalendar({ ...input, now: new Date('2025-03-05T00:00:00Z') });
    expect(eventsOf(again).map((e) => e.uid)).toEqual(eventsOf(text).map((e) => e.uid));
    expect(new Set(eventsOf(text).map((e) => e.uid)).size).toBe(14);
    expect(text).toContain('DTSTAMP:20250302T201500Z\r\n');
  });

  it('makes all-day events when the person has no reminder times', () => {
    const events = eventsOf(buildCalendar({ ...input, times: [] }));
    expect(events).toHaveLength(7);
    expect(events[0]?.startDate.isDate).toBe(true);
    expect(events[0]?.endDate.toString()).toBe('2025-03-04');
  });

  it('refuses a reminder time that is not HH:MM', () => {
    expect(() => buildCalendar({ ...input, times: ['8:00'] })).toThrow('Reminder time "8:00" is not HH:MM');
  });

  it('is an empty but valid calendar when nothing is planned', () => {
    const empty = buildCalendar({ ...input, exercises: [] });
    expect(eventsOf(empty)).toEqual([]);
    expect(empty.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  });
});

describe('iCalendar text format', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b; c, d\ne')).toBe('a\\\\b\\; c\\, d\\ne');
  });

  it('folds at 75 octets without cutting a character in two', () => {
    const line = `DESCRIPTION:${'é'.repeat(60)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
  });

  it('spreads sessions over the week', () => {
    expect(plannedWeekdays(3)).toEqual([0, 2, 5]);
    expect(plannedWeekdays(5)).toEqual([0, 1, 3, 4, 6]);
    expect(plannedWeekdays(7)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(plannedWeekdays(0)).toEqual([]);
  });
});

describe('buildCalendar over any exercise name', () => {
  it('stays valid RFC 5545 that reads back to the same words', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('a;b,c\\d', 'x\r\ny', 'é'.repeat(80))),
        (name) => {
          const text = buildCalendar({
            ...input,
            exercises: [{ id: 'x', name, unit: 'minutes', quota: 5, perWeek: 7 }],
            days: 1,
          });
          for (const line of text.split('\r\n'))
            expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
          const expected = name.replace(CONTROL, '').replace(/\r\n|\r/g, '\n');
          expect(eventsOf(text)[0]?.summary).toBe(`Steadily: ${expected} 5 min`);
        },
      ),
      { numRuns: 200 },
    );
  });
});
