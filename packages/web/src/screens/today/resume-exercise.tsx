// A self-guided person's paused exercise (SPEC §2 as changed by issue 12): no clinician will look at it,
// so they start it again themselves — after confirming the symptom has fully settled.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resumeOwn, type TodayExercise } from '../../api/today.ts';
import { Button } from '../../components/button.tsx';
import { errorsFrom } from '../auth/form-errors.ts';

interface ResumeExerciseProps {
  accountId: string;
  exercise: TodayExercise;
  onResumed: () => void;
}

export function ResumeExercise({ accountId, exercise, onResumed }: ResumeExerciseProps) {
  const { t } = useTranslation('today');
  const [step, setStep] = useState<'paused' | 'asking' | 'busy'>('paused');
  const [error, setError] = useState<string | null>(null);

  async function resume(): Promise<void> {
    setStep('busy');
    setError(null);
    try {
      await resumeOwn(accountId, { exerciseId: exercise.id, confirmation: 'settled' });
      onResumed();
    } catch (failure) {
      setError(errorsFrom(failure, t, [])._form ?? null);
      setStep('asking');
    }
  }

  return (
    <>
      <p className="alert">{t('exercise.pausedSelf')}</p>
      {step === 'paused' ? <Button onClick={() => setStep('asking')}>{t('exercise.resume')}</Button> : null}
      {step === 'paused' ? null : (
        <fieldset className="choices">
          <legend>{t('exercise.resumeCheck')}</legend>
          <div className="page-actions">
            <Button variant="primary" disabled={step === 'busy'} onClick={() => void resume()}>
              {t('exercise.resumeYes')}
            </Button>
            <Button variant="quiet" onClick={() => setStep('paused')}>
              {t('exercise.resumeNo')}
            </Button>
          </div>
        </fieldset>
      )}
      {error ? (
        <p className="alert error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
