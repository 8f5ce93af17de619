// The lists of the "Anything unusual?" path: symptoms (urgent ones apart, and confirmed before they stop
// the plan), then (for pausing ones) the exercise.
import type { SafetySymptom } from '@steadily/core';
import { useTranslation } from 'react-i18next';
import type { TodayExercise } from '../../api/today.ts';
import { Button } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';

interface SymptomButtonsProps {
  legend: string;
  symptoms: readonly SafetySymptom[];
  onPick: (symptom: SafetySymptom) => void;
  /** The "Stop now" choices: drawn apart (red, with a warning sign) from the "Tell us" ones. */
  urgent?: boolean;
}

export function SymptomButtons({ legend, symptoms, onPick, urgent = false }: SymptomButtonsProps) {
  const { t } = useTranslation('safety');
  return (
    <fieldset className={urgent ? 'choices urgent-choices' : 'choices'}>
      <legend>
        {urgent ? <span aria-hidden="true">⚠ </span> : null}
        {legend}
      </legend>
      <div className="page-actions">
        {symptoms.map((symptom) => (
          <Button key={symptom} className={urgent ? 'danger' : undefined} onClick={() => onPick(symptom)}>
            {t(`symptoms.${symptom}`)}
          </Button>
        ))}
      </div>
    </fieldset>
  );
}

interface WhichExerciseProps {
  exercises: TodayExercise[];
  onPick: (exercise: TodayExercise | null) => void;
}

export function WhichExercise({ exercises, onPick }: WhichExerciseProps) {
  const { t } = useTranslation('safety');
  return (
    <Page title={t('pausing.which')}>
      <div className="page-actions">
        {exercises.map((exercise) => (
          <Button key={exercise.id} onClick={() => onPick(exercise)}>
            {exercise.name}
          </Button>
        ))}
        <Button variant="quiet" onClick={() => onPick(null)}>
          {t('pausing.none')}
        </Button>
      </div>
    </Page>
  );
}

interface ConfirmUrgentProps {
  symptom: SafetySymptom;
  onYes: () => void;
  onNo: () => void;
}

/** One question before an urgent symptom stops the plan, so a mis-tap does not lock the person out. */
export function ConfirmUrgent({ symptom, onYes, onNo }: ConfirmUrgentProps) {
  const { t } = useTranslation('safety');
  return (
    <Page title={t(`confirm.${symptom}`)}>
      <p className="lead">{t('confirm.lead')}</p>
      <div className="page-actions">
        <Button className="danger" onClick={onYes}>
          {t('confirm.yes')}
        </Button>
        <Button variant="quiet" onClick={onNo}>
          {t('confirm.no')}
        </Button>
      </div>
    </Page>
  );
}
