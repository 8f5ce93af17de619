// Morning check-ins and the reference morning pain R (SPEC §5): the median of the 7 most recent
// mornings dated before a day, however old; fewer than 3 → the onboarding reference.
import type { EngineState, MorningRecord } from './state.ts';

const REFERENCE_MORNINGS = 7;
const REFERENCE_MINIMUM = 3;
/** The week rule looks 14 days back; R needs the 7 mornings before today. */
const KEEP_DAYS = 14;

export function referenceFor(state: EngineState, day: number): number {
  const before: number[] = [];
  for (let i = state.mornings.length - 1; i >= 0 && before.length < REFERENCE_MORNINGS; i--) {
    const morning = state.mornings[i];
    if (morning !== undefined && morning.day < day) before.push(morning.pain);
  }
  if (before.length < REFERENCE_MINIMUM) return state.referenceMorningPain;
  return median(before);
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle] ?? 0;
  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function morningOn(state: EngineState, day: number): MorningRecord | undefined {
  for (let i = state.mornings.length - 1; i >= 0; i--) {
    const morning = state.mornings[i];
    if (morning === undefined || morning.day < day) return undefined;
    if (morning.day === day) return morning;
  }
  return undefined;
}

/** Sum and count of the morning pains of days from..to (pains are whole numbers: exact means). */
export function morningWindow(state: EngineState, from: number, to: number): { sum: number; count: number } {
  let sum = 0;
  let count = 0;
  for (const morning of state.mornings) {
    if (morning.day >= from && morning.day <= to) {
      sum += morning.pain;
      count += 1;
    }
  }
  return { sum, count };
}

export function addMorning(state: EngineState, record: MorningRecord): void {
  state.mornings.push(record);
  const keepFrom = record.day - (KEEP_DAYS - 1);
  const excess = state.mornings.length - (REFERENCE_MORNINGS + 1);
  let drop = 0;
  while (drop < excess && (state.mornings[drop]?.day ?? keepFrom) < keepFrom) drop++;
  if (drop > 0) state.mornings.splice(0, drop);
}
