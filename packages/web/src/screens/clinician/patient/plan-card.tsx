// The running plan as the engine holds it: each exercise's quota, paused exercises, a stopped
// programme. After assessment the clinician resumes (engine event `resume`) or sets a quota (`set_quota`).
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/errors.ts';
import { getPlan, type PlanView, resume, setQuota } from '../../../api/record.ts';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { round } from '../format.ts';
import { useLoad } from '../use-load.ts';
import { PrescriptionForm, prescriptionSummary } from './prescription-form.tsx';

type PlanExercise = PlanView['exercises'][number];

function QuotaForm({
  patientId,
  exercise,
  onDone,
}: {
  patientId: string;
  exercise: PlanExercise;
  onDone: () => void;
}) {
  const { t } = useTranslation('clinician');
  const [value, setValue] = useState(String(round(exercise.quota)));
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const quota = Number(value);
    if (!(quota > 0) || quota > 100_000) {
      setError(t('plan.quotaError'));
      return;
    }
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
        onChange={(event) => setValue(event.target.value)}
        error={error}
      />
      <Button type="submit" className="small">
        {t('plan.setQuota')}
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
      <p role="status" className="status-line">
        {status}
      </p>
    </section>
  );
}
