// Safety stops (SPEC §2, §14): urgent symptoms and red flags stop everything and escalate; pausing
// symptoms pause one exercise and ask the red-flag questions again. Never resumed automatically.
import { noteBustSignal } from './boom-bust.ts';
import { resetRebuild } from './flare.ts';
import { EMERGENCY_RED_FLAGS } from './reasons.ts';
import { dayRecord, type ExerciseState, isRunning, unpausedExercises } from './state.ts';
import { decide, notify, raiseFlag, type Step } from './step.ts';
import type { PausingSymptom, RedFlagId, UrgentSymptom } from './types.ts';

/** Stops the programme: one `stop` per unpaused exercise of a running programme; waiting sessions dropped. */
function stopProgramme(step: Step, code: 'stop_symptom' | 'stop_red_flag', cause: string): void {
  const { state } = step;
  if (isRunning(state)) {
    for (const ex of unpausedExercises(state)) {
      decide(step, ex, { action: 'stop', zone: 'RED', steps: ex.steps, code, params: { symptom: cause } });
    }
  }
  state.stopped = true;
  state.pending = [];
}

export function applyUrgentSymptom(step: Step, symptom: UrgentSymptom): void {
  if (step.state.stopped) return;
  stopProgramme(step, 'stop_symptom', symptom);
  raiseFlag(step, 'safety_stop');
  notify(step, { kind: 'urgent_care', day: step.day, cause: symptom });
  notify(step, { kind: 'clinician_alert', day: step.day, cause: symptom });
}

export function applyRedFlags(step: Step, redFlags: readonly RedFlagId[]): void {
  if (redFlags.length === 0) return;
  // The most urgent flag names the stop: possible cauda equina means emergency care now.
  const cause = redFlags.find((flag) => EMERGENCY_RED_FLAGS.includes(flag)) ?? redFlags[0] ?? '';
  if (!step.state.stopped) stopProgramme(step, 'stop_red_flag', cause);
  raiseFlag(step, 'red_flag');
  for (const cause of redFlags) {
    notify(step, { kind: 'urgent_care', day: step.day, cause });
    notify(step, { kind: 'clinician_alert', day: step.day, cause });
  }
}

/**
 * A pausing symptom: the exercise is paused and left alone by every rule until a clinician resumes
 * it. It counts as a RED session of that day (for the flare rebuild and boom–bust).
 */
export function applyPausingSymptom(step: Step, ex: ExerciseState, symptom: PausingSymptom): void {
  const { state, day } = step;
  if (state.stopped || ex.paused) return;
  const running = isRunning(state);
  if (running) {
    decide(step, ex, {
      action: 'pause',
      zone: 'RED',
      steps: ex.steps,
      code: 'pause_symptom',
      params: { symptom },
    });
    const record = dayRecord(state, day);
    record.red = true;
    record.symptom = true;
    noteBustSignal(step, day);
    resetRebuild(step);
  }
  ex.paused = true;
  ex.greenStreak = 0;
  state.pending = state.pending.filter((p) => p.exercise !== ex.id);
  notify(step, { kind: 'clinician_alert', day, cause: symptom, exercise: ex.id });
  notify(step, { kind: 'ask_red_flags_again', day });
}
