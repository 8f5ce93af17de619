// One exercise of today's plan: the dose (with the clinician's sets, load and rest), the reason when it
// changed, and the log buttons.
import { renderReason } from '@steadily/core';
import { useTranslation } from 'react-i18next';
import type { TodayExercise } from '../../api/today.ts';
import { usePreferences } from '../../app/preferences.ts';
import { LogSession } from './log-session.tsx';
import { prescriptionLines } from './prescription-text.ts';

interface ExerciseCardProps {
  accountId: string;
  exercise: TodayExercise;
  onUnusual: () => void;
  onSent: () => void;
}

export function ExerciseCard({ accountId, exercise, onUnusual, onSent }: ExerciseCardProps) {
  const { t } = useTranslation('today');
  const { language } = usePreferences();
  const dose = t(`dose.${exercise.unit}`, { count: exercise.quota });
  const headingId = `exercise-${exercise.id}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{exercise.name}</h3>
      <p className="lead">{t('exercise.today', { dose })}</p>
      {prescriptionLines(t, language, exercise).map((line) => (
        <p key={line} className="prescription">
          {line}
        </p>
      ))}
      {exercise.change === null ? null : (
        <p className="reason">
          {renderReason(language, exercise.change.reasonCode, exercise.change.reasonParams)}
        </p>
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
