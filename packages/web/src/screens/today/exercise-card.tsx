// One exercise of today's plan: the dose, the reason when it changed, and the log buttons.
import { renderReason } from '@steadily/core';
import { useTranslation } from 'react-i18next';
import type { TodayExercise } from '../../api/today.ts';
import { usePreferences } from '../../app/preferences.ts';
import { LogSession } from './log-session.tsx';
import { reasonShown } from './reason-shown.ts';

interface ExerciseCardProps {
  accountId: string;
  exercise: TodayExercise;
  /** The programme runs the personal dosing model (issue 11). */
  personal?: boolean;
  onUnusual: () => void;
  onSent: () => void;
}

export function ExerciseCard({
  accountId,
  exercise,
  personal = false,
  onUnusual,
  onSent,
}: ExerciseCardProps) {
  const { t } = useTranslation('today');
  const { language } = usePreferences();
  const dose = t(`dose.${exercise.unit}`, { count: exercise.quota });
  const headingId = `exercise-${exercise.id}`;
  const shown = reasonShown(exercise, personal);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{exercise.name}</h3>
      <p className="lead">{t('exercise.today', { dose })}</p>
      {shown === null ? null : (
        <p className="reason">{renderReason(language, shown.reasonCode, shown.reasonParams)}</p>
      )}
      {exercise.doneToday > 0 ? <p className="muted">{t('exercise.done')}</p> : null}
      {exercise.paused ? (
        <p className="alert">{t('exercise.paused')}</p>
      ) : (
        <LogSession accountId={accountId} exercise={exercise} onUnusual={onUnusual} onSent={onSent} />
      )}
    </section>
  );
}
