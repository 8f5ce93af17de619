import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarInput, plannedWeekdays } from './calendar.ts';
import { CONTROL, escapeText, foldLine } from './format.ts';
import { offsetChanges, vtimezone } from './timezone.ts';

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

/** Parses with ical.js, registering the feed's VTIMEZONEs as a calendar app does on import. */
function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** Every occurrence of an event as a UTC instant (or a date for all-day events), expanded by ical.js. */
function occurrencesOf(event: ICAL.Event): string[] {
  const list: string[] = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next && list.length < 100; next = iterator.next())
    list.push(next.isDate ? next.toString() : next.toJSDate().toISOString());
  return list;
}

describe('buildCalendar', () => {
  const text = buildCalendar(input);

  it('is RFC 5545 text: CRLF line ends, no line over 75 octets, balanced components', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    for (const name of ['VEVENT', 'VTIMEZONE', 'STANDARD', 'VALARM'])
      expect(text.match(new RegExp(`^BEGIN:${name}`, 'gm'))?.length).toBe(
        text.match(new RegExp(`^END:${name}`, 'gm'))?.length,
      );
    expect(text).toContain('X-WR-TIMEZONE:Europe/Madrid\r\n');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Madrid\r\n');
  });

  it('has one recurring event per exercise at the first reminder time, not one per reminder time', () => {
    const events = eventsOf(text);
    expect(events.map((e) => e.summary)).toEqual([
      'Steadily: Easy walk 12 min',
      'Steadily: Sit to stand 8 times',
      'Steadily: Wall plank, arms straight; "slow" 45 sec',
    ]);
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,TU,TH,FR,SU;WKST=MO;COUNT=5\r\n');
    expect(text).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,WE,SA;WKST=MO;COUNT=3\r\n');
    expect(text).toContain('DTSTART;TZID=Europe/Madrid:20250303T080000\r\n');
    expect(text).not.toContain('T183000');
    const [walk, sts, plank] = events;
    expect(walk?.startDate.zone?.tzid).toBe('Europe/Madrid');
    expect(walk?.duration.toSeconds()).toBe(15 * 60);
    expect(sts?.description).toBe(
      'Sit to stand: 8 times\n\nDo your quota, not until it hurts. Log it in Steadily after.',
    );
    // 08:00 in Madrid in March (UTC+1) is 07:00 UTC; every planned weekday once, no more.
    expect(occurrencesOf(sts as ICAL.Event)).toEqual([
      '2025-03-03T07:00:00.000Z',
      '2025-03-05T07:00:00.000Z',
      '2025-03-08T07:00:00.000Z',
    ]);
    expect(occurrencesOf(plank as ICAL.Event)).toHaveLength(7);
  });

  it('expands across a change to summer time at the same local time (VTIMEZONE)', () => {
    // Spain moves to UTC+2 on Sunday 30 March 2025: 08:00 is 07:00 UTC before and 06:00 UTC after.
    const events = eventsOf(buildCalendar({ ...input, from: '2025-03-24', days: 14 }));
    expect(occurrencesOf(events[1] as ICAL.Event)).toEqual([
      '2025-03-24T07:00:00.000Z',
      '2025-03-26T07:00:00.000Z',
      '2025-03-29T07:00:00.000Z',
      '2025-03-31T06:00:00.000Z',
      '2025-04-02T06:00:00.000Z',
      '2025-04-05T06:00:00.000Z',
    ]);
    expect(occurrencesOf(events[0] as ICAL.Event)).toHaveLength(10);
  });

  it('starts an exercise’s series on its first planned day inside the window', () => {
    // From a Tuesday: sit to stand (Mon, Wed, Sat) starts on Wednesday.
    const events = eventsOf(buildCalendar({ ...input, from: '2025-03-04', days: 7 }));
    expect(occurrencesOf(events[1] as ICAL.Event)).toEqual([
      '2025-03-05T07:00:00.000Z',
      '2025-03-08T07:00:00.000Z',
      '2025-03-10T07:00:00.000Z',
    ]);
  });

  it('keeps UIDs stable from one fetch to the next, stamped with the injected clock', () => {
    const again = buildCalendar({ ...input, now: new Date('2025-03-05T00:00:00Z') });
    expect(eventsOf(again).map((e) => e.uid)).toEqual(eventsOf(text).map((e) => e.uid));
    expect(new Set(eventsOf(text).map((e) => e.uid)).size).toBe(3);
    expect(text).toContain('DTSTAMP:20250302T201500Z\r\n');
  });

  it('makes recurring all-day events, with no time zone, when the person has no reminder times', () => {
    const allDay = buildCalendar({ ...input, times: [] });
    expect(allDay).not.toContain('VTIMEZONE');
    const events = eventsOf(allDay);
    expect(events).toHaveLength(3);
    expect(events[0]?.startDate.isDate).toBe(true);
    expect(events[0]?.endDate.toString()).toBe('2025-03-04');
    expect(occurrencesOf(events[1] as ICAL.Event)).toEqual(['2025-03-03', '2025-03-05', '2025-03-08']);
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

describe('the VTIMEZONE', () => {
  it('finds the changes of offset to the minute, from the platform’s zone data', () => {
    const year = [Date.parse('2025-01-01T00:00:00Z'), Date.parse('2026-01-01T00:00:00Z')] as const;
    expect(offsetChanges('Europe/Madrid', ...year)).toEqual([
      { at: Date.parse('2025-03-30T01:00:00Z'), from: 60, to: 120 },
      { at: Date.parse('2025-10-26T01:00:00Z'), from: 120, to: 60 },
    ]);
    expect(offsetChanges('Australia/Adelaide', ...year).map((c) => [c.from, c.to])).toEqual([
      [630, 570],
      [570, 630],
    ]);
    expect(offsetChanges('Asia/Tokyo', ...year)).toEqual([]);
  });

  it('gives the onset in the local time before it, with both offsets', () => {
    const lines = vtimezone('America/New_York', '2025-03-03', 14);
    expect(lines.join('\n')).toContain(
      'BEGIN:DAYLIGHT\nDTSTART:20250309T020000\nTZOFFSETFROM:-0500\nTZOFFSETTO:-0400\nEND:DAYLIGHT',
    );
    expect(lines[2]).toBe('BEGIN:STANDARD');
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
  }, 30_000); // 200 feeds parsed back: seconds on a busy machine
});
