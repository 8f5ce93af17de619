// A VTIMEZONE (RFC 5545 §3.6.5) for an IANA zone over the dates a feed covers, made from the platform's
// own time-zone data (Intl) rather than a bundled copy: the offset in force when the window opens, then
// each change of offset inside it (daylight saving starts and ends) as its own observance. Calendar apps
// that know the zone by its TZID use their own rules; the others read these.
import { icsUtc } from './format.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The zone's offset from UTC at an instant, in minutes (Europe/Madrid in July: 120). */
const formats = new Map<string, Intl.DateTimeFormat>();

export function offsetMinutes(timeZone: string, instant: number): number {
  let format = formats.get(timeZone);
  if (format === undefined) {
    // Making a formatter is the slow part: one per zone (a few hundred zones at most).
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    formats.set(timeZone, format);
  }
  const name = format.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (match === null) return 0; // "GMT" alone: UTC
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** `+0100` / `-0330`. */
function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** A wall-clock DATE-TIME (`YYYYMMDDTHHMMSS`) for an instant seen at an offset. */
function localStamp(instant: number, offset: number): string {
  return icsUtc(new Date(instant + offset * MINUTE)).slice(0, 15);
}

/** The first minute at which the offset differs from that at `low`, knowing it does by `high`. */
function transitionBetween(timeZone: string, low: number, high: number): number {
  const before = offsetMinutes(timeZone, low);
  let [lo, hi] = [low, high];
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (offsetMinutes(timeZone, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The changes of offset between two instants (scanned a day at a time, then found to the minute). */
export function offsetChanges(timeZone: string, from: number, to: number) {
  const changes: { at: number; from: number; to: number }[] = [];
  for (let day = from; day < to; day += DAY) {
    const next = Math.min(day + DAY, to);
    const [a, b] = [offsetMinutes(timeZone, day), offsetMinutes(timeZone, next)];
    if (a !== b) changes.push({ at: transitionBetween(timeZone, day, next), from: a, to: b });
  }
  return changes;
}

/**
 * The VTIMEZONE lines for `timeZone` from the local date `from` for `days` days (a few days either side,
 * so an event near midnight still falls inside it).
 */
export function vtimezone(timeZone: string, from: string, days: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`) - 2 * DAY;
  const end = start + (days + 4) * DAY;
  const initial = offsetMinutes(timeZone, start);
  const changes = offsetChanges(timeZone, start, end);
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', at: number, offFrom: number, offTo: number) => [
    `BEGIN:${kind}`,
    `DTSTART:${localStamp(at, offFrom)}`,
    `TZOFFSETFROM:${utcOffset(offFrom)}`,
    `TZOFFSETTO:${utcOffset(offTo)}`,
    `END:${kind}`,
  ];
  // Daylight time is the larger offset of a change; with no change in the window, the offset is standard.
  const initialKind = changes[0] !== undefined && changes[0].from > changes[0].to ? 'DAYLIGHT' : 'STANDARD';
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    ...observance(initialKind, start, initial, initial),
    ...changes.flatMap((c) => observance(c.to > c.from ? 'DAYLIGHT' : 'STANDARD', c.at, c.from, c.to)),
    'END:VTIMEZONE',
  ];
}
