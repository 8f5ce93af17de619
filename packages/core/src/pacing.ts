// Pacing mode (SPEC §8; NICE NG206): a crash — post-exertional malaise 12–72 hours after effort —
// steps back, once, every exercise done in the three days before. In flare mode it restarts the
// rebuild count instead.
import { noteBustSignal } from './boom-bust.ts';
import { stepBack } from './dosing.ts';
import { resetRebuild } from './flare.ts';
import { unpausedExercises } from './state.ts';
import type { Step } from './step.ts';

const PEM_WINDOW_DAYS = 3;

export function applyCrash(step: Step): void {
  const { state, day } = step;
  noteBustSignal(step, day);
  if (state.flare !== null) {
    resetRebuild(step);
    return;
  }
  for (const ex of unpausedExercises(state)) {
    const last = ex.lastSessionDay;
    if (last !== null && last >= day - PEM_WINDOW_DAYS && last <= day - 1) {
      stepBack(step, ex, 'step_back_crash', { crashDay: day, lastSessionDay: last });
    }
  }
}
