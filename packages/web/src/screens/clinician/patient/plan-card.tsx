// The running plan as the engine holds it: each exercise's quota, paused exercises, a stopped
// programme. After assessment the clinician resumes (engine event `resume`) or sets a quota (`set_quota`).
import { aboveCap, capQuota } from '@steadily/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/errors.ts';
import { getPlan, type PlanView, resume, setQuota } from '../../../api/record.ts';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { round } from '../format.ts';
import { useLoad } from '../use-load.ts';
import { DosingPanel } from './dosing-panel.tsx';
import { PrescriptionForm, prescriptionSummary } from './prescription-form.tsx';

type PlanExercise = PlanView['exercises'][number];

function QuotaForm({
  patientId,
  exercise,
  stopped,
  onDone,
}: {
  patientId: string;
  exercise: PlanExercise;
  /** A stopped plan takes no dose (the engine ignores one): only a resume starts it again. */
  stopped: boolean;
  onDone: () => void;
}) {
  const { t } = useTranslation('clinician');
  const [value, setValue] = useState(String(round(exercise.quota)));
  const [error, setError] = useState<string | null>(null);
  // A jump above the 14-day cap (core's arithmetic, from today's quota) is asked about once.
  const [confirming, setConfirming] = useState<number | null>(null);
  const step = exercise.step ?? 1;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const quota = Number(value);
    if (!(quota > 0) || quota > 100_000) {
      setError(t('plan.quotaError'));
      return;
    }
    if (confirming !== quota && aboveCap(exercise.quota, quota, step)) {
      setConfirming(quota);
      setError(null);
      return;
    }
    setConfirming(null);
    try {
      await setQuota(patientId, exercise.id, quota);
      setError(null);
      onDone();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('errors.save'));
    }
  }

  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        label={t('plan.newQuota', { name: exercise.name, unit: t(`units.${exercise.unit}`) })}
        inputMode="decimal"
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setConfirming(null);
        }}
        error={error}
        disabled={stopped}
        {...(stopped && { hint: t('plan.stoppedNoDose') })}
      />
      {confirming === null ? null : (
        <p className="alert" role="alert">
          {t('plan.aboveCap', {
            cap: round(capQuota(exercise.quota, step)),
            unit: t(`units.${exercise.unit}`),
          })}
        </p>
      )}
      <Button type="submit" className="small" disabled={stopped}>
        {confirming === null ? t('plan.setQuota') : t('plan.confirmAboveCap')}
      </Button>
    </form>
  );
}

export function PlanCard({ patientId, onChanged }: { patientId: string; onChanged: () => void }) {
  const { t } = useTranslation('clinician');
  const plan = useLoad(() => getPlan(patientId), [patientId]);
  const [assessed, setAssessed] = useState(false);
  const [status, setStatus] = useState('');
  if (plan.state !== 'ready') return plan.state === 'loading' ? null : <p>{t('errors.load')}</p>;
  if (plan.data === null) return <p>{t('plan.none')}</p>;
  const view = plan.data;
  const changed = (message: string) => {
    setStatus(message);
    plan.reload();
    onChanged();
  };

  return (
    <section aria-labelledby="plan-title">
      <h2 id="plan-title">{t('plan.title')}</h2>
      {view.mode === 'stopped' ? (
        <div className="card alert error">
          <p>
            <strong>{t('plan.stopped')}</strong>
          </p>
          <label className="choice">
            <input
              type="checkbox"
              checked={assessed}
              onChange={(event) => setAssessed(event.target.checked)}
            />
            {t('plan.assessed')}
          </label>
          <Button
            variant="primary"
            disabled={!assessed}
            onClick={() => void resume(patientId).then(() => changed(t('plan.resumed')))}
          >
            {t('plan.resumeProgramme')}
          </Button>
        </div>
      ) : null}
      <table className="data-table stack">
        <thead>
          <tr>
            <th scope="col">{t('plan.exercise')}</th>
            <th scope="col" className="number">
              {t('plan.quota')}
            </th>
            <th scope="col">{t('plan.change')}</th>
          </tr>
        </thead>
        <tbody>
          {view.exercises.map((exercise) => (
            <tr key={exercise.id}>
              <th scope="row">
                {exercise.name}
                {exercise.paused ? <span className="tier urgent"> {t('plan.paused')}</span> : null}
              </th>
              <td className="number">
                {round(exercise.quota)} {t(`units.${exercise.unit}`)}
                {prescriptionSummary(exercise, t) === null ? null : (
                  <span className="prescription">
                    <br />
                    {prescriptionSummary(exercise, t)}
                  </span>
                )}
              </td>
              <td>
                {exercise.paused ? (
                  <Button
                    className="small"
                    onClick={() =>
                      void resume(patientId, exercise.id).then(() =>
                        changed(t('plan.exerciseResumed', { name: exercise.name })),
                      )
                    }
                  >
                    {t('plan.resumeExercise', { name: exercise.name })}
                  </Button>
                ) : (
                  <>
                    <QuotaForm
                      patientId={patientId}
                      exercise={exercise}
                      stopped={view.mode === 'stopped'}
                      onDone={() => changed(t('plan.quotaSet'))}
                    />
                    <PrescriptionForm patientId={patientId} exercise={exercise} onDone={changed} />
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {view.dosing === undefined ? null : (
        <DosingPanel patientId={patientId} dosing={view.dosing} onChanged={changed} />
      )}
      <p role="status" className="status-line">
        {status}
      </p>
    </section>
  );
}
