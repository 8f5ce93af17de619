// Boom–bust (SPEC §10; Nielson 2013): a day of much more activity than usual, followed within two
// days by a bad morning, a RED session, a flare or a crash. Two such cycles close together raise
// `boom_bust` and suggest pacing.

import { above, atLeast } from './quota.ts';
import { median } from './reference.ts';
import { type DayRecord, type EngineState, isPersonal } from './state.ts';
import { notify, raiseFlag, type Step } from './step.ts';

const MEDIAN_DAYS = 7;
const BOOM_RATIO = 1.5;
const BOOM_MARGIN_MINUTES = 20;
const BOOM_MARGIN_QUOTA = 0.5;
const BUST_WITHIN_DAYS = 2;
const CYCLES_WITHIN_DAYS = 13;

/** Days before `day` are complete: check each once for a boom. */
export function closeDaysBefore(step: Step, day: number): void {
  const { state } = step;
  if (state.closedThrough >= day - 1) return;
  for (const record of state.days) {
    if (record.day > state.closedThrough && record.day < day) checkBoom(step, record.day);
  }
  state.closedThrough = day - 1;
  // A signal about day b + 2 can still arrive with the morning of b + 3.
  state.booms = state.booms.filter((boom) => boom.day + BUST_WITHIN_DAYS + 1 >= day);
}

function checkBoom(step: Step, day: number): void {
  const { state } = step;
  const first = state.firstSessionDay;
  if (first === null || day < first + MEDIAN_DAYS) return;
  const record = state.days.find((d) => d.day === day);
  if (record === undefined) return;
  const active = record.activeMinutes;
  if (!(isPersonal(state) ? isLoadBoom(state, record) : isMinutesBoom(state, record))) return;
  state.booms.push({ day, busted: false });
  notify(step, { kind: 'boom', day, activeMinutes: active });
}

function isMinutesBoom(state: EngineState, record: DayRecord): boolean {
  const usual = median(recent(state, record.day, (r) => r.activeMinutes));
  const active = record.activeMinutes;
  return (
    atLeast(active, BOOM_RATIO * usual) &&
    atLeast(active, usual + BOOM_MARGIN_MINUTES) &&
    above(active, (state.thresholds.amberAbovePct / 100) * record.plannedMinutes)
  );
}

/**
 * "personal" (docs/dosing.md): the same rule on load relative to quota, so a reps-only person's booms are
 * seen too: the day's Σ done ÷ quota ≥ 1.5 × its usual, ≥ usual + half a quota, and above amberAbovePct of
 * the day's planned load (one quota per session).
 */
function isLoadBoom(state: EngineState, record: DayRecord): boolean {
  const usual = median(recent(state, record.day, (r) => r.load ?? 0));
  const load = record.load ?? 0;
  return (
    atLeast(load, BOOM_RATIO * usual) &&
    atLeast(load, usual + BOOM_MARGIN_QUOTA) &&
    above(load, (state.thresholds.amberAbovePct / 100) * record.sessions)
  );
}

function recent(state: EngineState, day: number, value: (r: DayRecord) => number): number[] {
  const values: number[] = [];
  for (let d = day - MEDIAN_DAYS; d < day; d++) {
    const record = state.days.find((r) => r.day === d);
    values.push(record === undefined ? 0 : value(record));
  }
  return values;
}

/** Something bad happened on `signalDay`: it busts any boom of the two days before. */
export function noteBustSignal(step: Step, signalDay: number): void {
  const { state } = step;
  for (const boom of state.booms) {
    if (boom.busted || signalDay < boom.day + 1 || signalDay > boom.day + BUST_WITHIN_DAYS) continue;
    boom.busted = true;
    const close = state.cycleDays.some((other) => Math.abs(other - boom.day) <= CYCLES_WITHIN_DAYS);
    state.cycleDays = [...state.cycleDays.filter((d) => d >= boom.day - CYCLES_WITHIN_DAYS), boom.day];
    if (close && raiseFlag(step, 'boom_bust')) {
      notify(step, { kind: 'clinician_alert', day: step.day, cause: 'boom_bust' });
    }
  }
}
