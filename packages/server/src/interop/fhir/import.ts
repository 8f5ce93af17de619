// Pain scores from another app, as a FHIR Bundle of Observations (LOINC 72514-3, 0–10 NRS), mapped to
// Steadily's pain records. Never throws: whatever it cannot map comes back with the path of the entry
// and why, e.g. `entry[3].resource.valueInteger: must be a whole number 0–10`.
import { isValidLocalDate, localDateOf } from '../../services/local-date.ts';
import { LOINC } from './codes.ts';

export interface ImportedPain {
  /** Where it came from, e.g. `entry[2]`, to report back to the person. */
  path: string;
  localDate: string;
  pain: number;
  /** `morning`: a morning check-in (only when marked so); `reading`: any other pain score. */
  kind: 'morning' | 'reading';
  /** Local time `HH:MM` when the source gave one. */
  time: string | null;
  /** The entry's fullUrl, else the resource id: lets the caller skip a score it imported before. */
  sourceId: string | null;
}

export interface ImportProblem {
  path: string;
  message: string;
}

export interface ImportResult {
  accepted: ImportedPain[];
  /** Pain Observations that could not be mapped: nothing of them was taken. */
  rejected: ImportProblem[];
  /** Entries that are not pain scores (a Patient, a heart rate…), left alone. */
  ignored: ImportProblem[];
}

export interface ImportOptions {
  /** The person's time zone: a reading's instant becomes a local date there. */
  timeZone: string;
  /** The person's today (`YYYY-MM-DD`): later readings are rejected. */
  today: string;
  /** The person says every score in the file is a morning check-in. */
  allMorning?: boolean;
}

const PAIN_NRS = '72514-3';
/** A year of scores several times a day fits; a bigger file is split by the sender. */
export const MAX_IMPORT_ENTRIES = 5000;
const USABLE_STATUS = new Set(['final', 'amended', 'corrected']);
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

class Rejection extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

export function importPainBundle(input: unknown, options: ImportOptions): ImportResult {
  const result: ImportResult = { accepted: [], rejected: [], ignored: [] };
  if (!isObject(input) || input.resourceType !== 'Bundle') {
    result.rejected.push({
      path: 'resourceType',
      message: 'must be "Bundle": send a FHIR R4 Bundle of Observations',
    });
    return result;
  }
  if (!Array.isArray(input.entry)) {
    if (input.entry !== undefined)
      result.rejected.push({ path: 'entry', message: 'must be a list of entries' });
    return result;
  }
  if (input.entry.length > MAX_IMPORT_ENTRIES) {
    result.rejected.push({
      path: 'entry',
      message: `has ${input.entry.length} entries; send at most ${MAX_IMPORT_ENTRIES} at a time`,
    });
    return result;
  }
  const mornings = new Map<string, string>();
  input.entry.forEach((entry, index) => {
    const path = `entry[${index}]`;
    const resource = isObject(entry) ? entry.resource : undefined;
    if (!isObject(resource)) {
      result.rejected.push({ path: `${path}.resource`, message: 'is missing: each entry needs a resource' });
      return;
    }
    if (resource.resourceType !== 'Observation' || !isPainCode(resource.code)) {
      const what =
        resource.resourceType === 'Observation'
          ? 'an Observation of something else'
          : `a ${String(resource.resourceType)}`;
      result.ignored.push({ path, message: `is ${what}, not a pain score (LOINC ${PAIN_NRS}); left alone` });
      return;
    }
    try {
      const pain = mapPain(resource, path, options, sourceIdOf(entry as Json, resource));
      if (pain.kind === 'morning') {
        const earlier = mornings.get(pain.localDate);
        if (earlier !== undefined)
          throw new Rejection(
            'effectiveDateTime',
            `a morning check-in for ${pain.localDate} is already in ${earlier}; one a day`,
          );
        mornings.set(pain.localDate, path);
      }
      result.accepted.push(pain);
    } catch (error) {
      if (!(error instanceof Rejection)) throw error;
      result.rejected.push({ path: `${path}.resource.${error.field}`, message: error.message });
    }
  });
  return result;
}

function isPainCode(code: unknown): boolean {
  return asArray(isObject(code) ? code.coding : undefined).some(
    (c) => isObject(c) && c.system === LOINC && c.code === PAIN_NRS,
  );
}

function sourceIdOf(entry: Json, resource: Json): string | null {
  if (typeof entry.fullUrl === 'string') return entry.fullUrl;
  return typeof resource.id === 'string' ? resource.id : null;
}

function mapPain(
  resource: Json,
  path: string,
  options: ImportOptions,
  sourceId: string | null,
): ImportedPain {
  if (typeof resource.status !== 'string' || !USABLE_STATUS.has(resource.status))
    throw new Rejection(
      'status',
      `must be final, amended or corrected (was ${JSON.stringify(resource.status ?? null)})`,
    );
  const pain = painValue(resource);
  const { field, localDate, time } = whenOf(resource, options.timeZone);
  if (localDate > options.today) throw new Rejection(field, `${localDate} is after today (${options.today})`);
  const kind = options.allMorning === true || isMarkedMorning(resource) ? 'morning' : 'reading';
  return { path, localDate, pain, kind, time, sourceId };
}

function painValue(resource: Json): number {
  const whole = (value: unknown, field: string) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 10)
      throw new Rejection(field, `must be a whole number 0–10 (was ${JSON.stringify(value ?? null)})`);
    return value;
  };
  if (resource.valueInteger !== undefined) return whole(resource.valueInteger, 'valueInteger');
  if (resource.valueQuantity !== undefined)
    return whole(
      isObject(resource.valueQuantity) ? resource.valueQuantity.value : undefined,
      'valueQuantity.value',
    );
  const found = Object.keys(resource).find((k) => k.startsWith('value') && resource[k] !== undefined);
  throw new Rejection(
    found ?? 'value[x]',
    found === undefined
      ? 'is missing: a pain score needs valueInteger 0–10'
      : 'must be valueInteger or valueQuantity (0–10)',
  );
}

function whenOf(resource: Json, timeZone: string): { field: string; localDate: string; time: string | null } {
  const [field, value] =
    resource.effectiveDateTime !== undefined
      ? ['effectiveDateTime', resource.effectiveDateTime]
      : resource.effectiveInstant !== undefined
        ? ['effectiveInstant', resource.effectiveInstant]
        : [
            'effectivePeriod.start',
            isObject(resource.effectivePeriod) ? resource.effectivePeriod.start : undefined,
          ];
  if (value === undefined)
    throw new Rejection('effectiveDateTime', 'is missing: a pain score needs the date it was taken');
  if (typeof value === 'string' && isValidLocalDate(value)) return { field, localDate: value, time: null };
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  const instant =
    match === null || !isValidLocalDate(match[1] as string) ? Number.NaN : Date.parse(value as string);
  if (Number.isNaN(instant))
    throw new Rejection(
      field,
      `must be a date (YYYY-MM-DD) or a date and time with its offset (was ${JSON.stringify(value)})`,
    );
  const local = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  return {
    field,
    localDate: localDateOf(new Date(instant), timeZone),
    time: local.format(new Date(instant)),
  };
}

/** Steadily's own export marks morning check-ins with a `pain-context` category coded `morning`. */
function isMarkedMorning(resource: Json): boolean {
  return asArray(resource.category).some((c) =>
    asArray(isObject(c) ? c.coding : undefined).some(
      (k) =>
        isObject(k) &&
        k.code === 'morning' &&
        typeof k.system === 'string' &&
        k.system.endsWith('/CodeSystem/pain-context'),
    ),
  );
}
