// Every number of SPEC §14 a clinician may change per person, with the ranges the server accepts,
// and the checks a form runs before sending: each error names its field.
import type { Thresholds } from '@steadily/core';

export type ThresholdKey = keyof Thresholds;

export interface FieldRule {
  key: ThresholdKey;
  /** Lowest allowed; `minOpen` means strictly above it. */
  min: number;
  max: number;
  minOpen?: boolean;
  maxOpen?: boolean;
  integer?: boolean;
  list?: boolean;
}

export const THRESHOLD_FIELDS: readonly FieldRule[] = [
  { key: 'ceiling', min: 0, max: 10 },
  { key: 'rise', min: 0, max: 10 },
  { key: 'hardCeiling', min: 0, max: 10 },
  { key: 'startPct', min: 0, max: 100, minOpen: true },
  { key: 'progressPct', min: 0, max: 100 },
  { key: 'greensToProgress', min: 1, max: 14, integer: true },
  { key: 'stepBack', min: 0, max: 1, minOpen: true, maxOpen: true },
  { key: 'capFactor', min: 1, max: 3, minOpen: true },
  { key: 'capDays', min: 1, max: 60, integer: true },
  { key: 'amberBelowPct', min: 0, max: 100 },
  { key: 'amberAbovePct', min: 100, max: 1000 },
  { key: 'flareFactors', min: 0, max: 1, minOpen: true, list: true },
  // The personal dosing model's own numbers (issue 11, docs/dosing.md).
  { key: 'noisePrior', min: 0, max: 10, minOpen: true },
  { key: 'noiseBand', min: 0, max: 10, minOpen: true },
  { key: 'responsePrior', min: 0, max: 10 },
  { key: 'responseFlat', min: 0, max: 10 },
  { key: 'changeDays', min: 1, max: 60, integer: true },
  { key: 'floorDays', min: 1, max: 60, integer: true },
];

export type FieldError =
  | { code: 'number' }
  | { code: 'whole' }
  | { code: 'range'; rule: FieldRule }
  | { code: 'list' }
  | { code: 'hardBelowCeiling' }
  | { code: 'ascending' };

export type Texts = Record<ThresholdKey, string>;

export function textsOf(values: Thresholds): Texts {
  const texts = {} as Texts;
  for (const { key } of THRESHOLD_FIELDS) {
    const value = values[key];
    texts[key] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return texts;
}

function inRange(value: number, rule: FieldRule): boolean {
  const aboveMin = rule.minOpen ? value > rule.min : value >= rule.min;
  const belowMax = rule.maxOpen ? value < rule.max : value <= rule.max;
  return aboveMin && belowMax;
}

function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '' || !/^-?\d*(\.\d+)?$/.test(trimmed)) return null;
  return Number(trimmed);
}

function parseOne(text: string, rule: FieldRule): number | FieldError {
  const value = parseNumber(text);
  if (value === null) return { code: 'number' };
  if (rule.integer && !Number.isInteger(value)) return { code: 'whole' };
  if (!inRange(value, rule)) return { code: 'range', rule };
  return value;
}

function parseList(text: string, rule: FieldRule): number[] | FieldError {
  const parts = text.split(/[;,\s]+/).filter(Boolean);
  if (parts.length < 1 || parts.length > 5) return { code: 'list' };
  const values: number[] = [];
  for (const part of parts) {
    const value = parseOne(part, rule);
    if (typeof value !== 'number') return value;
    values.push(value);
  }
  if (values.some((v, i) => i > 0 && v < (values[i - 1] as number))) return { code: 'ascending' };
  return values;
}

/**
 * Reads the form. `changes` holds only the numbers that differ from what is in force now (so an
 * untouched field stays a default that later presets may still move).
 */
export function readThresholds(
  texts: Texts,
  current: Thresholds,
): { changes: Partial<Thresholds>; errors: Partial<Record<ThresholdKey, FieldError>> } {
  const errors: Partial<Record<ThresholdKey, FieldError>> = {};
  const next = { ...current, flareFactors: [...current.flareFactors] } as Thresholds;
  for (const rule of THRESHOLD_FIELDS) {
    const parsed = rule.list ? parseList(texts[rule.key], rule) : parseOne(texts[rule.key], rule);
    if (typeof parsed === 'object' && !Array.isArray(parsed)) errors[rule.key] = parsed;
    else (next as unknown as Record<string, number | number[]>)[rule.key] = parsed;
  }
  if (errors.hardCeiling === undefined && errors.ceiling === undefined && next.hardCeiling < next.ceiling) {
    errors.hardCeiling = { code: 'hardBelowCeiling' };
  }
  const changes: Partial<Thresholds> = {};
  for (const { key } of THRESHOLD_FIELDS) {
    if (errors[key] !== undefined) continue;
    if (JSON.stringify(next[key]) !== JSON.stringify(current[key])) {
      (changes as Record<string, unknown>)[key] = next[key];
    }
  }
  return { changes, errors };
}
