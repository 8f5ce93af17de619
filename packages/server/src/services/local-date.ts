// Calendar arithmetic in the person's own time zone. A local date is `YYYY-MM-DD`; day 1 is the
// programme's first day, so day = days since the start date + 1.
const MS_PER_DAY = 86_400_000;

function toUtcMs(localDate: string): number {
  const [y, m, d] = localDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

export function isValidLocalDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const ms = toUtcMs(value);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

// Building an Intl formatter costs far more than using one: keep one per time zone.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const partFormats = new Map<string, Intl.DateTimeFormat>();

function cached(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, make: () => Intl.DateTimeFormat) {
  let format = cache.get(timeZone);
  if (format === undefined) {
    format = make();
    cache.set(timeZone, format);
  }
  return format;
}

export function localDateOf(instant: Date, timeZone: string): string {
  // en-CA formats as YYYY-MM-DD.
  const format = cached(dateFormats, timeZone, () => {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  });
  return format.format(instant);
}

export function addDays(localDate: string, days: number): string {
  return new Date(toUtcMs(localDate) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / MS_PER_DAY);
}

export function dayNumber(startDate: string, localDate: string): number {
  return daysBetween(startDate, localDate) + 1;
}

export function localDateOfDay(startDate: string, day: number): string {
  return addDays(startDate, day - 1);
}

function offsetMs(instant: Date, timeZone: string): number {
  const format = cached(partFormats, timeZone, () => {
    return new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  });
  const parts = format.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant a local date begins in a time zone (DST-safe: corrects the offset twice). */
export function startOfLocalDate(localDate: string, timeZone: string): Date {
  const guess = toUtcMs(localDate);
  let instant = guess - offsetMs(new Date(guess), timeZone);
  instant = guess - offsetMs(new Date(instant), timeZone);
  return new Date(instant);
}
