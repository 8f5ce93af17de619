// The `expect` block of a scenario file (../shared/scenarios/README.md), checked against a run.
import type { SimulationOutput } from '@steadily/core';
import type { CommandOutcome } from '../commands/simulate.ts';

type Range = [number, number];
export interface Expectations {
  mode?: string;
  quota?: Record<string, Range>;
  quota_min_seen?: Record<string, Range>;
  quota_max_seen?: Record<string, Range>;
  actions_include?: string[];
  actions_exclude?: string[];
  zones_include?: string[];
  flags_include?: string[];
  flags_exclude?: string[];
  flare_count?: number;
  flares_closed?: boolean;
  no_action_between?: [string, number, number];
  max_14day_growth?: number;
  exit?: number;
  stderr_mentions?: string[];
}

const within = (value: number | undefined, [lo, hi]: Range) =>
  value !== undefined && value >= lo && value <= hi;

/** Every way the outcome misses the expectations, in words; empty when it holds. */
export function unmetExpectations(expect: Expectations, outcome: CommandOutcome): string[] {
  const why: string[] = [];
  if (expect.exit !== undefined) {
    if (outcome.code !== expect.exit) why.push(`exit ${outcome.code}, wanted ${expect.exit}`);
    for (const word of expect.stderr_mentions ?? []) {
      if (!outcome.stderr.toLowerCase().includes(word.toLowerCase()))
        why.push(`stderr does not mention ${word}`);
    }
    return why;
  }
  if (outcome.code !== 0) return [`exit ${outcome.code}: ${outcome.stderr}`];
  const { decisions, final } = JSON.parse(outcome.stdout) as SimulationOutput;
  const actions = new Set(decisions.map((d) => d.action));
  const seen = (exercise: string) => decisions.filter((d) => d.exercise === exercise).map((d) => d.quota);
  if (expect.mode !== undefined && final.mode !== expect.mode)
    why.push(`mode ${final.mode}, wanted ${expect.mode}`);
  for (const [ex, range] of Object.entries(expect.quota ?? {})) {
    if (!within(final.quotas[ex], range)) why.push(`final quota ${ex}=${final.quotas[ex]}, wanted ${range}`);
  }
  for (const [key, pick] of [
    ['quota_min_seen', Math.min],
    ['quota_max_seen', Math.max],
  ] as const) {
    for (const [ex, range] of Object.entries(expect[key] ?? {})) {
      const value = seen(ex).length > 0 ? pick(...seen(ex)) : undefined;
      if (!within(value, range)) why.push(`${key} ${ex}=${value}, wanted ${range}`);
    }
  }
  for (const a of expect.actions_include ?? []) if (!actions.has(a as never)) why.push(`no '${a}' decision`);
  for (const a of expect.actions_exclude ?? [])
    if (actions.has(a as never)) why.push(`unexpected '${a}' decision`);
  const zones = new Set(decisions.map((d) => d.zone));
  for (const z of expect.zones_include ?? []) if (!zones.has(z as never)) why.push(`no ${z} zone`);
  for (const f of expect.flags_include ?? [])
    if (!final.flags.includes(f as never)) why.push(`flag ${f} missing`);
  for (const f of expect.flags_exclude ?? [])
    if (final.flags.includes(f as never)) why.push(`unexpected flag ${f}`);
  if (expect.flare_count !== undefined && final.flares.length !== expect.flare_count) {
    why.push(`${final.flares.length} flares, wanted ${expect.flare_count}`);
  }
  const last = final.flares.at(-1);
  if (
    expect.flares_closed !== undefined &&
    last !== undefined &&
    (last.endDay !== null) !== expect.flares_closed
  ) {
    why.push(`last flare endDay=${last.endDay}`);
  }
  if (expect.no_action_between !== undefined) {
    const [action, from, to] = expect.no_action_between;
    const days = decisions
      .filter((d) => d.action === action && d.day >= from && d.day <= to)
      .map((d) => d.day);
    if (days.length > 0) why.push(`'${action}' on days ${days}`);
  }
  if (expect.max_14day_growth !== undefined) {
    const g = expect.max_14day_growth;
    decisions.forEach((a, i) => {
      for (const b of decisions.slice(i + 1)) {
        if (b.exercise === a.exercise && b.day - a.day <= 14 && a.quota > 0 && b.quota > g * a.quota + 1e-9) {
          why.push(`${a.exercise} grew ${a.quota}→${b.quota} from day ${a.day} to ${b.day}`);
        }
      }
    });
  }
  return why;
}
