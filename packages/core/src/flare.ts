// Flare-ups (SPEC §7): keep moving gently at 60% of the pre-flare quota, rebuild after good days,
// and flag flares that last long or come often. Flares are part of recovery, not failure.
import { noteBustSignal } from './boom-bust.ts';
import { scaleSteps } from './quota.ts';
import { unpausedExercises } from './state.ts';
import { decide, notify, raiseFlag, type Step } from './step.ts';

/** Good days needed for each rebuild step, and the §7 flag limits (no threshold keys: fixed). */
const GOOD_DAYS_PER_REBUILD = 2;
const PROLONGED_AFTER_DAYS = 7;
const FREQUENT_COUNT = 3;
const FREQUENT_WITHIN_DAYS = 27;

export function enterFlare(step: Step, trigger: 'person' | 'mornings'): void {
  const { state, day } = step;
  if (state.flare !== null) return; // a trigger during a flare does nothing
  noteBustSignal(step, day);
  const factor = state.thresholds.flareFactors[0] ?? 1;
  state.flare = { startDay: day, factorIndex: 0, goodDays: 0, preFlareSteps: {} };
  for (const ex of unpausedExercises(state)) {
    state.flare.preFlareSteps[ex.id] = ex.steps;
    ex.greenStreak = 0;
    decide(step, ex, {
      action: 'flare',
      zone: null,
      steps: Math.min(ex.steps, scaleSteps(ex.steps, factor)),
      code: 'flare',
      inputs: { trigger, factor, preFlareSteps: ex.steps },
      flare: true,
    });
  }
  step.result.flareStarted = { startDay: day, endDay: null };
  notify(step, { kind: 'flare_started', day, trigger });
  state.recentFlareStarts = [...state.recentFlareStarts, day].slice(-FREQUENT_COUNT);
  const first = state.recentFlareStarts[0];
  if (
    state.recentFlareStarts.length === FREQUENT_COUNT &&
    first !== undefined &&
    day - first <= FREQUENT_WITHIN_DAYS
  ) {
    if (raiseFlag(step, 'flares_frequent')) {
      notify(step, { kind: 'clinician_alert', day, cause: 'flares_frequent' });
    }
  }
}

/** A RED session, a safety symptom or a crash in flare mode: the count restarts, the factor stays. */
export function resetRebuild(step: Step): void {
  if (step.state.flare !== null) step.state.flare.goodDays = 0;
}

/** A good day (all sessions final, none RED, no safety symptom) counts towards the rebuild. */
export function countGoodDay(step: Step): void {
  const { state } = step;
  const flare = state.flare;
  if (flare === null) return;
  flare.goodDays += 1;
  if (flare.goodDays < GOOD_DAYS_PER_REBUILD) return;
  flare.goodDays = 0;
  flare.factorIndex += 1;
  const factors = state.thresholds.flareFactors;
  if (flare.factorIndex >= factors.length) {
    endFlare(step, 'rebuild_done');
    return;
  }
  rebuildTo(step, factors[flare.factorIndex] ?? 1, 'rebuild');
}

/** Back to the pre-flare quotas; the flare's `endDay` is today and green streaks restart. */
export function endFlare(step: Step, code: 'rebuild_done' | 'flare_ended_by_clinician'): void {
  const flare = step.state.flare;
  if (flare === null) return;
  rebuildTo(step, 1, code);
  for (const ex of unpausedExercises(step.state)) ex.greenStreak = 0;
  step.result.flareEnded = { startDay: flare.startDay, endDay: step.day };
  notify(step, { kind: 'flare_ended', day: step.day, startDay: flare.startDay });
  step.state.flare = null;
}

function rebuildTo(
  step: Step,
  factor: number,
  code: 'rebuild' | 'rebuild_done' | 'flare_ended_by_clinician',
): void {
  const flare = step.state.flare;
  if (flare === null) return;
  const ending = factor >= 1;
  for (const ex of unpausedExercises(step.state)) {
    const pre = flare.preFlareSteps[ex.id];
    if (pre === undefined) continue;
    // Not limited by the caps of §6, and never beyond the pre-flare quota (also in pacing mode).
    decide(step, ex, {
      action: 'rebuild',
      zone: null,
      steps: Math.min(pre, scaleSteps(pre, factor)),
      code,
      inputs: { factor, preFlareSteps: pre },
      flare: !ending,
    });
  }
}

/** flare_prolonged: a flare lasting more than 7 days (checked at every event while rules run). */
export function checkProlonged(step: Step): void {
  const { state, day } = step;
  const open = state.flare;
  const closed = step.result.flareEnded;
  const length = open !== null ? day - open.startDay : closed ? (closed.endDay ?? day) - closed.startDay : 0;
  if (length > PROLONGED_AFTER_DAYS && raiseFlag(step, 'flare_prolonged')) {
    notify(step, { kind: 'clinician_alert', day, cause: 'flare_prolonged' });
  }
}
