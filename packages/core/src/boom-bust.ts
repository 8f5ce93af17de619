// Boom–bust (SPEC §10; Nielson 2013): a day of much more activity than usual, followed within two
// days by a bad morning, a RED session, a flare or a crash. Two such cycles close together raise
// `boom_bust` and suggest pacing.

import { above, atLeast } from './quota.ts';
import { median } from './reference.ts';
import type { EngineState } from './state.ts';
import { notify, raiseFlag, type Step } from './step.ts';

const MEDIAN_DAYS = 7;
const BOOM_RATIO = 1.5;
const BOOM_MARGIN_MINUTES = 20;
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
  const usual = median(recentActiveMinutes(state, day));
  const active = record.activeMinutes;
  const boom =
    atLeast(active, BOOM_RATIO * usual) &&
    atLeast(active, usual + BOOM_MARGIN_MINUTES) &&
    above(active, (state.thresholds.amberAbovePct / 100) * record.plannedMinutes);
  if (!boom) return;
  state.booms.push({ day, busted: false });
  notify(step, { kind: 'boom', day, activeMinutes: active });
}

function recentActiveMinutes(state: EngineState, day: number): number[] {
  const values: number[] = [];
  for (let d = day - MEDIAN_DAYS; d < day; d++) {
    values.push(state.days.find((r) => r.day === d)?.activeMinutes ?? 0);
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
