// One exercise of today's plan: the dose (with the clinician's sets, load and rest), the reason for the
// current decision, and the log buttons.
import { renderReason } from '@steadily/core';
import { useTranslation } from 'react-i18next';
import type { TodayExercise } from '../../api/today.ts';
import { usePreferences } from '../../app/preferences.ts';
import { LogSession } from './log-session.tsx';
import { prescriptionLines } from './prescription-text.ts';
import { ResumeExercise } from './resume-exercise.tsx';

interface ExerciseCardProps {
  accountId: string;
  exercise: TodayExercise;
  /** No clinician follows the person: reasons never say one was told, and a paused exercise is theirs to resume. */
  selfGuided?: boolean;
  /** Sessions of this exercise logged today on this phone and still in the outbox. */
  waitingToday: number;
  onUnusual: () => void;
  onSent: () => void;
}

export function ExerciseCard({
  accountId,
  exercise,
  selfGuided = false,
  waitingToday,
  onUnusual,
  onSent,
}: ExerciseCardProps) {
  const { t } = useTranslation('today');
  const { language } = usePreferences();
  const dose = t(`dose.${exercise.unit}`, { count: exercise.quota });
  const headingId = `exercise-${exercise.id}`;
  // The engine's current decision, a hold included: the last change alone would keep saying "goes up
  // from 4 to 5" for days while the engine holds (issue 12).
  const current = exercise.lastDecision ?? exercise.change;
  const loggedOnServer = exercise.doneToday > 0 || (exercise.sessionsToday ?? 0) > 0;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{exercise.name}</h3>
      <p className="lead">{t('exercise.today', { dose })}</p>
      {prescriptionLines(t, language, exercise).map((line) => (
        <p key={line} className="prescription">
          {line}
        </p>
      ))}
      {current === null ? null : (
        <p className="reason">
          {renderReason(language, current.reasonCode, current.reasonParams, { selfGuided })}
        </p>
      )}
      {/* A log waiting in the outbox is done too: after an offline reload the plan read is older than it. */}
      {waitingToday > 0 ? (
        <p className="muted">{t('exercise.doneWaiting')}</p>
      ) : loggedOnServer ? (
        <p className="muted">{t('exercise.done')}</p>
      ) : null}
      {exercise.paused && selfGuided ? (
        <ResumeExercise accountId={accountId} exercise={exercise} onResumed={onSent} />
      ) : exercise.paused ? (
        <p className="alert">{t('exercise.paused')}</p>
      ) : (
        <LogSession
          accountId={accountId}
          exercise={exercise}
          loggedToday={loggedOnServer || waitingToday > 0}
          onUnusual={onUnusual}
          onSent={onSent}
        />
      )}
    </section>
  );
}
