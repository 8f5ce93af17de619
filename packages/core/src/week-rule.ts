// The week rule (SPEC §6): when this week's mornings are a point worse than last week's, nothing
// progresses for a week and the person is asked how they are.
import { morningWindow } from './reference.ts';
import { notify, raiseFlag, type Step } from './step.ts';

const WINDOW_DAYS = 7;
const MIN_ANSWERS = 4;
const BLOCK_DAYS = 7;

/** `margin`: how much worse (points) this week must be; 1 in SPEC, beyond the person's noise in "personal". */
export function checkWeekRule(step: Step, margin = 1): void {
  const { state, day } = step;
  const recent = morningWindow(state, day - (WINDOW_DAYS - 1), day);
  const earlier = morningWindow(state, day - (2 * WINDOW_DAYS - 1), day - WINDOW_DAYS);
  if (recent.count < MIN_ANSWERS || earlier.count < MIN_ANSWERS) return;
  // mean(recent) ≥ mean(earlier) + margin (exact in whole numbers when margin is 1).
  if (recent.sum * earlier.count < (earlier.sum + margin * earlier.count) * recent.count - 1e-9) return;
  const wasBlocked = state.weekBlockUntil !== null && state.weekBlockUntil >= day;
  state.weekBlockUntil = Math.max(state.weekBlockUntil ?? 0, day + BLOCK_DAYS);
  raiseFlag(step, 'week_worse');
  if (!wasBlocked) notify(step, { kind: 'ask_how_you_are', day });
}
