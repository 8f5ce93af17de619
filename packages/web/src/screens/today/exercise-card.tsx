// One exercise of today's plan: the dose, the reason when it changed, and the log buttons.
import { renderReason } from '@steadily/core';
import { useTranslation } from 'react-i18next';
import type { TodayExercise } from '../../api/today.ts';
import { usePreferences } from '../../app/preferences.ts';
import { LogSession } from './log-session.tsx';
import { ResumeExercise } from './resume-exercise.tsx';

interface ExerciseCardProps {
  accountId: string;
  exercise: TodayExercise;
  /** No clinician follows the person: reasons never say one was told, and a paused exercise is theirs to resume. */
  selfGuided?: boolean;
  onUnusual: () => void;
  onSent: () => void;
}

export function ExerciseCard({
  accountId,
  exercise,
  selfGuided = false,
  onUnusual,
  onSent,
}: ExerciseCardProps) {
  const { t } = useTranslation('today');
  const { language } = usePreferences();
  const dose = t(`dose.${exercise.unit}`, { count: exercise.quota });
  const headingId = `exercise-${exercise.id}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{exercise.name}</h3>
      <p className="lead">{t('exercise.today', { dose })}</p>
      {exercise.change === null ? null : (
        <p className="reason">
          {renderReason(language, exercise.change.reasonCode, exercise.change.reasonParams, { selfGuided })}
        </p>
      )}
      {exercise.doneToday > 0 ? <p className="muted">{t('exercise.done')}</p> : null}
      {exercise.paused && selfGuided ? (
        <ResumeExercise accountId={accountId} exercise={exercise} onResumed={onSent} />
      ) : exercise.paused ? (
        <p className="alert">{t('exercise.paused')}</p>
      ) : (
        <LogSession accountId={accountId} exercise={exercise} onUnusual={onUnusual} onSent={onSent} />
      )}
    </section>
  );
}
