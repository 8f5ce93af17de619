// Validates a scenario file and names the first problem as a field path (`events[3].pain`).
import { EVENT_RANK, isPausingSymptom, type SafetySymptom, type Scenario } from '@steadily/core';
import type { z } from 'zod';
import { type ScenarioInput, scenarioSchema } from './schema.ts';

export class ScenarioError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.name = 'ScenarioError';
    this.path = path;
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? '(file)' : text;
}

type Issue = z.core.$ZodIssue;

/** A union's most specific failure: the branch issue reaching deepest into the input. */
function mostSpecific(issue: Issue): Issue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  let best: Issue | undefined;
  for (const branch of issue.errors) {
    for (const inner of branch) {
      if (best === undefined || inner.path.length > best.path.length) best = inner;
    }
  }
  if (best === undefined || best.path.length === 0) return issue;
  return mostSpecific({ ...best, path: [...issue.path, ...best.path] });
}

function describeIssue(issue: Issue, input: unknown): string {
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'is required';
      if (issue.expected === 'int') return issue.message;
      return `must be ${article(issue.expected)}, not ${typeName(value)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_value':
      return `unknown value ${JSON.stringify(value)}; expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      if (issue.path.at(-1) === 'type') return `unknown event type ${JSON.stringify(value)}`;
      return `is not valid: ${issue.message}`;
    default:
      return issue.message;
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

export function parseScenarioText(text: string): Scenario {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError('(file)', `malformed JSON: ${(error as Error).message}`);
  }
  return validateScenario(input);
}

export function validateScenario(input: unknown): Scenario {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new ScenarioError('(file)', 'must be a JSON object');
  }
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    if (first === undefined) throw new ScenarioError('(file)', 'is not valid');
    // An event whose `type` matches no kind of event fails the union at the event itself.
    const issue =
      first.code === 'invalid_union' && isEventPath(first.path)
        ? { ...first, path: [...first.path, 'type'] }
        : mostSpecific(first);
    throw new ScenarioError(formatPath(issue.path), describeIssue(issue, input));
  }
  checkExercises(parsed.data);
  checkEvents(parsed.data);
  return parsed.data as Scenario;
}

function isEventPath(path: readonly PropertyKey[]): boolean {
  return path.length === 2 && path[0] === 'events' && typeof path[1] === 'number';
}

function checkExercises(scenario: ScenarioInput): void {
  const seen = new Set<string>();
  scenario.exercises.forEach((ex, i) => {
    if (seen.has(ex.id)) throw new ScenarioError(`exercises[${i}].id`, `duplicate exercise id "${ex.id}"`);
    seen.add(ex.id);
    const step = ex.step ?? { minutes: 1, seconds: 5, reps: 1 }[ex.unit];
    if (ex.maxQuota !== undefined) {
      const ratio = ex.maxQuota / step;
      if (Math.abs(ratio - Math.round(ratio)) > 1e-9) {
        throw new ScenarioError(`exercises[${i}].maxQuota`, `must be a multiple of the step (${step})`);
      }
    }
  });
}

function checkEvents(scenario: ScenarioInput): void {
  const exercises = new Set(scenario.exercises.map((ex) => ex.id));
  let lastDay = 0;
  let lastRank = 0;
  let lastMorningDay = 0;
  scenario.events.forEach((event, i) => {
    const rank = EVENT_RANK[event.type];
    if (event.day < lastDay) {
      throw new ScenarioError(
        `events[${i}].day`,
        `events out of order: day ${event.day} comes after day ${lastDay}`,
      );
    }
    if (event.day === lastDay && rank < lastRank) {
      throw new ScenarioError(
        `events[${i}].type`,
        `events out of order: on one day they go morning, clearance, flare, crash, symptom, session`,
      );
    }
    if (event.type === 'morning') {
      if (event.day === lastMorningDay) {
        throw new ScenarioError(
          `events[${i}].day`,
          `a second morning on day ${event.day} (at most one a day)`,
        );
      }
      lastMorningDay = event.day;
    }
    if ('exercise' in event && event.exercise !== undefined && !exercises.has(event.exercise)) {
      throw new ScenarioError(`events[${i}].exercise`, `unknown exercise "${event.exercise}"`);
    }
    if (
      event.type === 'symptom' &&
      isPausingSymptom(event.symptom as SafetySymptom) &&
      event.exercise === undefined
    ) {
      throw new ScenarioError(
        `events[${i}].exercise`,
        `is required for the pausing symptom "${event.symptom}"`,
      );
    }
    lastDay = event.day;
    lastRank = rank;
  });
}
