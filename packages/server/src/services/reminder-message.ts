// What a reminder says, from the person's own record at the moment it is sent: a "pain after" still
// owed (today's or yesterday's sessions without it) comes first, then the morning check-in, then
// today's plan. Nothing is sent when everything is done. English or Spanish, reading grade ≤ 7.
import type { EngineView, Unit } from '@steadily/core';
import { findAccount } from '../db/repositories/accounts.ts';
import { findEngineState } from '../db/repositories/engine-state.ts';
import { findEvent, listPatientEvents } from '../db/repositories/events.ts';
import type { Executor } from '../db/repositories/executor.ts';
import { findProgramme, listExercises } from '../db/repositories/programmes.ts';
import type { Clock } from './context.ts';
import { addDays, localDateOf } from './local-date.ts';
import type { PushMessage } from './push.ts';

type Words = {
  after: (exercise: string) => string;
  morning: string;
  plan: (items: string) => string;
  units: Record<Unit, [string, string]>;
};

export const REMINDER_WORDS: Record<'en' | 'es', Words> = {
  en: {
    after: (exercise) => `How is your pain now, after ${exercise}? One tap to answer.`,
    morning: 'How is your pain this morning? One tap to answer.',
    plan: (items) => `Today: ${items}. Do your dose, not more.`,
    units: { minutes: ['minute', 'minutes'], seconds: ['second', 'seconds'], reps: ['time', 'times'] },
  },
  es: {
    after: (exercise) => `¿Cómo está su dolor ahora, después de ${exercise}? Conteste con un toque.`,
    morning: '¿Cómo está su dolor esta mañana? Conteste con un toque.',
    plan: (items) => `Hoy: ${items}. Haga su dosis, no más.`,
    units: { minutes: ['minuto', 'minutos'], seconds: ['segundo', 'segundos'], reps: ['vez', 'veces'] },
  },
};

const wordsFor = (account: { locale: string }) => REMINDER_WORDS[account.locale === 'es' ? 'es' : 'en'];

const painAfterPush = (words: Words, exercise: string): PushMessage => ({
  title: 'Steadily',
  body: words.after(exercise),
  url: '/today',
  tag: 'pain-after',
});

/**
 * The push an hour after a session logged without pain after: null when it has been answered since,
 * or the session is older than yesterday (a log synced late is not worth a buzz).
 */
export async function painAfterMessage(
  db: Executor,
  clock: Clock,
  patientId: string,
  sessionId: string,
): Promise<PushMessage | null> {
  const account = await findAccount(db, patientId);
  const session = await findEvent(db, patientId, sessionId);
  if (account === undefined || session === undefined || session.type !== 'session') return null;
  if (session.payload.after !== undefined) return null;
  if (session.local_date < addDays(localDateOf(clock.now(), account.time_zone), -1)) return null;
  const exercises = session.programme_id === null ? [] : await listExercises(db, session.programme_id);
  const name = exercises.find((e) => e.id === session.exercise_id)?.name;
  return name === undefined ? null : painAfterPush(wordsFor(account), name);
}

export async function reminderMessage(
  db: Executor,
  clock: Clock,
  patientId: string,
): Promise<PushMessage | null> {
  const account = await findAccount(db, patientId);
  const programme = await findProgramme(db, patientId, 'active');
  if (account === undefined || programme === undefined) return null;
  const words = wordsFor(account);
  const today = localDateOf(clock.now(), account.time_zone);
  const exercises = (await listExercises(db, programme.id)).filter((e) => e.removed_at === null);
  const events = await listPatientEvents(db, patientId, {
    types: ['session', 'morning'],
    from: addDays(today, -1),
    to: today,
  });
  const owed = events.find((e) => e.type === 'session' && e.payload.after === undefined);
  const owedName = exercises.find((e) => e.id === owed?.exercise_id)?.name;
  if (owedName !== undefined) return painAfterPush(words, owedName);
  if (!events.some((e) => e.type === 'morning' && e.local_date === today))
    return { title: 'Steadily', body: words.morning, url: '/today', tag: 'morning' };
  const view = (await findEngineState(db, programme.id))?.view as EngineView | undefined;
  const doneToday = new Set(
    events.filter((e) => e.type === 'session' && e.local_date === today).map((e) => e.exercise_id),
  );
  const planned = exercises.filter((e) => !doneToday.has(e.id) && !(view?.paused ?? []).includes(e.id));
  if (planned.length === 0 || view === undefined) return null;
  const items = planned
    .map((e) => {
      const quota = view.quotas[e.id] ?? 0;
      const [one, many] = words.units[e.unit];
      return `${e.name} ${quota} ${quota === 1 ? one : many}`;
    })
    .join(', ');
  return { title: 'Steadily', body: words.plan(items), url: '/today', tag: 'plan' };
}
