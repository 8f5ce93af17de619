// Plateau / futility (SPEC §10): six weeks in, sessions done, pain not lower. Futility is the
// strongest reason people quit (Slade 2014), so it prompts "progress beyond pain" and a review.
import { morningWindow } from './reference.ts';
import type { EngineState } from './state.ts';
import { notify, raiseFlag, type Step } from './step.ts';

const FIRST_CHECK_AFTER_DAYS = 41;
const SESSION_WINDOW_DAYS = 21;
const MIN_ANSWERS = 4;

export function checkPlateau(step: Step): void {
  if (!plateauRuleHolds(step.state, step.day)) return;
  if (raiseFlag(step, 'plateau')) {
    notify(step, { kind: 'plateau', day: step.day });
    notify(step, { kind: 'clinician_alert', day: step.day, cause: 'plateau' });
  }
}

/**
 * Whether the plateau rule is met on day d. The flag is raised once, but a caseload shows the reason
 * only while the current weeks still meet the rule (issue 12): this is that test, on a stored state.
 */
export function plateauRuleHolds(state: EngineState, day: number): boolean {
  const first = state.firstSessionDay;
  if (first === null || day < first + FIRST_CHECK_AFTER_DAYS) return false;
  let sessions = 0;
  for (const record of state.days) {
    if (record.day >= day - (SESSION_WINDOW_DAYS - 1) && record.day <= day) sessions += record.sessions;
  }
  const perWeek = state.order.reduce((sum, id) => sum + (state.exercises[id]?.perWeek ?? 0), 0);
  // sessions ≥ 70% of 3 weeks × perWeek, in whole numbers.
  if (sessions * 10 < 21 * perWeek) return false;
  const base = state.plateauBase;
  const recent = morningWindow(state, day - 6, day);
  if (base.count < MIN_ANSWERS || recent.count < MIN_ANSWERS) return false;
  if (base.sum < 2 * base.count) return false; // the first week's mean pain is below 2
  // Plateau unless mean(recent) ≤ mean(base) − 1.
  return recent.sum * base.count > (base.sum - base.count) * recent.count;
}

/** Mornings of days f..f+6 make the first week's pain, against which a plateau is judged. */
export function notePlateauBaseMorning(step: Step, morningDay: number, pain: number): void {
  const first = step.state.firstSessionDay;
  if (first === null || morningDay < first || morningDay > first + 6) return;
  step.state.plateauBase.sum += pain;
  step.state.plateauBase.count += 1;
}
