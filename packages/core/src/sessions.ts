// Sessions from log to decision (SPEC §5–§7): classified at once when RED, otherwise waiting for
// the next morning; each exercise-day drives the rules once, with the worst of its sessions' zones.
import { noteBustSignal } from './boom-bust.ts';
import { decideExerciseDay, stepBack } from './dosing.ts';
import { countGoodDay, resetRebuild } from './flare.ts';
import { classifyAtOncePersonal, classifyMorningPersonal } from './personal/bands.ts';
import { decidePersonalDay, stepBackPersonal } from './personal/dosing.ts';
import { notePlateauBaseMorning } from './plateau.ts';
import { activeMinutes, quotaOf } from './quota.ts';
import { morningOn, referenceFor } from './reference.ts';
import { applyPausingSymptom } from './safety.ts';
import { isPausingSymptom } from './screening.ts';
import { dayRecord, type ExerciseState, isPersonal, type PendingSession, rulesVersionOf } from './state.ts';
import type { Step } from './step.ts';
import type { SessionEvent } from './types.ts';
import {
  type Classification,
  classifyAtOnce,
  classifyMorning,
  painLimit,
  TIMED_OUT,
  worst,
} from './zones.ts';

/** A session of an unpaused exercise of a running programme (urgent symptoms are handled before). */
export function logSession(step: Step, ex: ExerciseState, event: SessionEvent): void {
  const { state, day } = step;
  if (state.firstSessionDay === null) {
    state.firstSessionDay = day;
    const morning = morningOn(state, day);
    if (morning !== undefined) notePlateauBaseMorning(step, day, morning.pain);
  }
  const quota = quotaOf(ex.steps, ex.step);
  const done = event.done === 'quota' ? quota : event.done;
  const reference = referenceFor(state, day);
  const before = event.before ?? reference;
  const record = dayRecord(state, day);
  record.sessions += 1;
  record.activeMinutes += activeMinutes(ex.unit, done);
  record.plannedMinutes += activeMinutes(ex.unit, quota);
  if (isPersonal(state)) record.load = (record.load ?? 0) + (quota > 0 ? done / quota : 0);
  ex.lastSessionDay = day;

  const limit = painLimit(before, state.thresholds);
  const inputs = {
    sessionDay: day,
    peak: event.peak,
    after: event.after ?? null,
    before: event.before ?? null,
    reference,
    limit,
    done,
    quota,
  };
  const reading = { ...event, before, done, quota, symptom: event.symptom !== undefined };
  const personal = isPersonal(state);
  const zone = personal
    ? classifyAtOncePersonal(reading, state.thresholds)
    : classifyAtOnce(reading, state.thresholds);
  // Rules version 2 (SPEC §5, one zone per exercise a day): an exercise-day that already stepped back
  // at once takes no further decision, so its later sessions do not wait for a morning.
  const alreadyDecided = rulesVersionOf(state) >= 2 && ex.decidedDay === day;
  if (zone.zone !== 'RED') {
    if (!alreadyDecided) state.pending.push({ day, exercise: ex.id, provisional: zone, reference, inputs });
    return;
  }
  record.red = true;
  noteBustSignal(step, day);
  if (event.symptom !== undefined && isPausingSymptom(event.symptom)) {
    applyPausingSymptom(step, ex, event.symptom);
  } else if (state.flare !== null) {
    resetRebuild(step);
  } else if (ex.decidedDay !== day) {
    // An immediate RED steps back at once; the exercise-day then drives no other rule.
    ex.decidedDay = day;
    const why = { ...inputs, zoneCause: zone.cause };
    if (personal) stepBackPersonal(step, ex, 'step_back_one', why);
    else stepBack(step, ex, 'step_back_pain', why);
    if (rulesVersionOf(state) >= 2) {
      state.pending = state.pending.filter((p) => p.exercise !== ex.id || p.day !== day);
    }
  }
}

/** The morning of day d is the M of every session of day d − 1 (§5). */
export function finaliseWithMorning(step: Step, sessionDay: number, morningPain: number): void {
  const waiting = takePending(step, (p) => p.day === sessionDay);
  const inFlare = step.state.flare !== null;
  forEachExerciseDay(step, waiting, (ex, sessions) => {
    const morningZone = (reference: number) =>
      isPersonal(step.state)
        ? classifyMorningPersonal(step.state, morningPain, reference)
        : classifyMorning(morningPain, reference);
    const zones = sessions.map((p) => worst(p.provisional, morningZone(p.reference)));
    if (zones.some((z) => z.zone === 'RED')) {
      dayRecord(step.state, sessionDay).red = true;
      noteBustSignal(step, sessionDay);
    }
    const dayZone = worst(...zones);
    if (ex.decidedDay === sessionDay) return;
    const inputs = { ...lastInputs(sessions), morning: morningPain, sessions: sessions.length };
    if (!inFlare && isPersonal(step.state)) {
      const atOnce = worst(...sessions.map((p) => p.provisional));
      const reference = sessions.at(-1)?.reference ?? morningPain;
      decidePersonalDay(step, ex, sessionDay, atOnce, morningPain, reference, inputs);
    } else if (!inFlare) decideExerciseDay(step, ex, dayZone, inputs);
    else if (dayZone.zone === 'RED') resetRebuild(step);
  });
  if (step.state.flare === null) return;
  const record = step.state.days.find((d) => d.day === sessionDay);
  if (record !== undefined && record.sessions > 0 && !record.red && !record.symptom) countGoodDay(step);
}

/** Sessions of day d − 2 or earlier still waiting count as AMBER: never progress on missing data. */
export function timeOutWaiting(step: Step): void {
  const waiting = takePending(step, (p) => p.day <= step.day - 2);
  if (waiting.length === 0) return;
  const days = [...new Set(waiting.map((p) => p.day))];
  for (const sessionDay of days) {
    forEachExerciseDay(
      step,
      waiting.filter((p) => p.day === sessionDay),
      (ex, sessions) => {
        if (ex.decidedDay === sessionDay || step.state.flare !== null) return; // in flare: neither counts nor resets
        const inputs = { ...lastInputs(sessions), morning: null };
        if (isPersonal(step.state)) {
          const atOnce = worst(...sessions.map((p) => p.provisional));
          decidePersonalDay(step, ex, sessionDay, atOnce, null, sessions.at(-1)?.reference ?? 0, inputs);
        } else decideExerciseDay(step, ex, TIMED_OUT as Classification, inputs);
      },
    );
  }
}

function takePending(step: Step, match: (p: PendingSession) => boolean): PendingSession[] {
  const taken = step.state.pending.filter(match);
  if (taken.length > 0) step.state.pending = step.state.pending.filter((p) => !match(p));
  return taken;
}

/** Groups sessions by exercise, in the programme's order, so decisions come in a stable order. */
function forEachExerciseDay(
  step: Step,
  sessions: PendingSession[],
  visit: (ex: ExerciseState, sessions: PendingSession[]) => void,
): void {
  for (const id of step.state.order) {
    const ex = step.state.exercises[id];
    const own = sessions.filter((p) => p.exercise === id);
    if (ex !== undefined && !ex.paused && own.length > 0) visit(ex, own);
  }
}

function lastInputs(sessions: PendingSession[]): PendingSession['inputs'] {
  return sessions.at(-1)?.inputs ?? {};
}
