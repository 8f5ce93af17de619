// The one-tap lists of the "Anything unusual?" path: symptoms, then (for pausing ones) the exercise.
import type { SafetySymptom } from '@steadily/core';
import { useTranslation } from 'react-i18next';
import type { TodayExercise } from '../../api/today.ts';
import { Button } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';

interface SymptomButtonsProps {
  legend: string;
  symptoms: readonly SafetySymptom[];
  onPick: (symptom: SafetySymptom) => void;
}

export function SymptomButtons({ legend, symptoms, onPick }: SymptomButtonsProps) {
  const { t } = useTranslation('safety');
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      <div className="page-actions">
        {symptoms.map((symptom) => (
          <Button key={symptom} onClick={() => onPick(symptom)}>
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
