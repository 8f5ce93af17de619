// Baseline tolerance trials (SPEC §3): each exercise "until you'd rather stop — not until it hurts a
// lot", on 3 separate occasions. One round of tries at a time; then a rest until another time.

import { findLibraryExercise } from '@steadily/core';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addBaselineTrial, type Programme, type ProgrammeExercise } from '../../api/programme.ts';
import { Button, ButtonLink } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';
import { TextField } from '../../components/text-field.tsx';
import { newClientId } from '../../offline/client-id.ts';
import { toLocalDate } from '../../offline/local-date.ts';
import { ExerciseArt } from './exercise-art.tsx';
import { SaveError } from './save-error.tsx';
import { nextTrial, TRIALS } from './steps.ts';

interface BaselineStepProps {
  accountId: string;
  programme: Programme;
  progress: string;
  onSaved: () => void;
}

export function BaselineStep({ accountId, programme: initial, progress, onSaved }: BaselineStepProps) {
  const { t } = useTranslation('onboarding');
  const [programme, setProgramme] = useState(initial);
  const [restAfter, setRestAfter] = useState<number | null>(null);
  const trial = nextTrial(programme);

  if (restAfter !== null) {
    return (
      <Page
        title={t('baseline.rest.title', { current: restAfter, total: TRIALS })}
        top={<p className="muted">{progress}</p>}
        actions={
          <>
            <ButtonLink to="/today" variant="primary">
              {t('baseline.rest.today')}
            </ButtonLink>
            <Button onClick={() => setRestAfter(null)}>{t('baseline.rest.now')}</Button>
          </>
        }
      >
        <p className="lead" role="status">
          {t('baseline.rest.body')}
        </p>
      </Page>
    );
  }
  if (trial === null) return null; // the parent moves on once the last try is saved

  function saved(next: Programme): void {
    const following = nextTrial(next);
    setProgramme(next);
    if (following === null) onSaved();
    else if (trial !== null && following.occasion > trial.occasion) setRestAfter(trial.occasion);
  }

  return (
    <TrialForm
      key={`${trial.exercise.id}-${trial.occasion}`}
      accountId={accountId}
      exercise={trial.exercise}
      occasion={trial.occasion}
      progress={progress}
      onSaved={saved}
    />
  );
}

interface TrialFormProps {
  accountId: string;
  exercise: ProgrammeExercise;
  occasion: number;
  progress: string;
  onSaved: (programme: Programme) => void;
}

function TrialForm({ accountId, exercise, occasion, progress, onSaved }: TrialFormProps) {
  const { t } = useTranslation('onboarding');
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  const key = useMemo(() => newClientId(), []);
  const library =
    exercise.libraryExerciseId === null ? undefined : findLibraryExercise(exercise.libraryExerciseId);

  async function save(amount: number): Promise<void> {
    setSaving(true);
    setFailed(null);
    try {
      onSaved(
        await addBaselineTrial(
          accountId,
          exercise.id,
          { value: amount, localDate: toLocalDate(new Date()) },
          key,
        ),
      );
    } catch (error) {
      setFailed(error);
    } finally {
      setSaving(false);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const amount = Number(value.replace(',', '.'));
    const ok = value.trim() !== '' && Number.isFinite(amount) && amount > 0 && amount <= 100_000;
    setInvalid(!ok);
    if (ok) void save(amount);
  }

  return (
    <Page
      title={exercise.name}
      top={<p className="muted">{progress}</p>}
      actions={
        <Button type="submit" form="trial-form" variant="primary" disabled={saving}>
          {t('baseline.save')}
        </Button>
      }
    >
      <p className="muted">{t('baseline.tryOf', { current: occasion, total: TRIALS })}</p>
      {library === undefined ? null : <ExerciseArt illustration={library.illustration} />}
      <p className="lead">{t('baseline.lead')}</p>
      <p className="nonessential">{t('baseline.why')}</p>
      {exercise.instructions === '' ? null : (
        <details className="card nonessential">
          <summary>{t('baseline.how')}</summary>
          <p>{exercise.instructions}</p>
        </details>
      )}
      {exercise.unit === 'reps' ? null : (
        <Stopwatch unit={exercise.unit} onStop={(amount) => setValue(String(amount))} />
      )}
      <form id="trial-form" onSubmit={submit} noValidate>
        <TextField
          name="amount"
          type="number"
          inputMode="decimal"
          min="0"
          step="any"
          label={t(`baseline.howMuch.${exercise.unit}`)}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          error={invalid ? t('baseline.invalid') : null}
        />
      </form>
      {failed === null ? null : <SaveError error={failed} onRetry={() => void save(Number(value))} />}
    </Page>
  );
}

/** A simple timer for minutes and seconds: the person taps Stop and the amount is filled in. */
function Stopwatch({ unit, onStop }: { unit: 'minutes' | 'seconds'; onStop: (amount: number) => void }) {
  const { t } = useTranslation('onboarding');
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (startedAt === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [startedAt]);

  if (startedAt === null) {
    return (
      <div className="stopwatch">
        <Button
          onClick={() => {
            setStartedAt(Date.now());
            setNow(Date.now());
          }}
        >
          {t('baseline.timer.start')}
        </Button>
      </div>
    );
  }
  const seconds = Math.max(0, Math.floor((now - startedAt) / 1000));
  const shown = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  return (
    <div className="stopwatch">
      <p className="lead">
        {t('baseline.timer.running')} <span className="stopwatch-time">{shown}</span>
      </p>
      <Button
        variant="primary"
        onClick={() => {
          setStartedAt(null);
          onStop(unit === 'seconds' ? Math.max(1, seconds) : Math.max(1, Math.round(seconds / 60)));
        }}
      >
        {t('baseline.timer.stop')}
      </Button>
    </div>
  );
}
