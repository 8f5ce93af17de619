// Today while the plan is stopped for safety (SPEC §2): one urgent-care panel — what to do now, who to
// call — and nothing to log. A person with a clinician waits for them; a self-guided person starts the
// plan again here once they confirm, with the date, that a doctor has checked them.
import { EMERGENCY_RED_FLAGS } from '@steadily/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resumeOwn, type Today } from '../../api/today.ts';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/text-field.tsx';
import { errorsFrom } from '../auth/form-errors.ts';

interface StopPanelProps {
  accountId: string;
  today: Today;
  onResumed: () => void;
}

/** The stop's cause, from the exercises' last change: a red flag of possible cauda equina is an emergency. */
function isEmergency(today: Today): boolean {
  return today.exercises.some((e) => {
    const cause = e.change?.reasonCode === 'stop_red_flag' ? e.change.reasonParams.symptom : undefined;
    return typeof cause === 'string' && EMERGENCY_RED_FLAGS.includes(cause);
  });
}

export function StopPanel({ accountId, today, onResumed }: StopPanelProps) {
  const { t } = useTranslation('today');
  const safety = today.safety;
  const number = safety?.emergencyNumber ?? '112';
  const selfGuided = safety?.selfGuided === true;
  const [asking, setAsking] = useState(false);
  return (
    <section className="card" aria-labelledby="stop-title">
      <h2 id="stop-title">{t('stop.title')}</h2>
      <p className="alert error lead" role="alert">
        {isEmergency(today) ? t('stop.emergency', { number }) : t('stop.now', { number })}
      </p>
      <p>
        <a className="button danger" href={`tel:${number.replace(/[^\d+]/g, '')}`}>
          {t('stop.call', { number })}
        </a>
      </p>
      <p>{t('stop.doctor')}</p>
      <p>{t(selfGuided ? 'stop.self' : 'stop.clinician')}</p>
      {safety?.stoppedSince ? (
        <p className="muted">{t('stop.since', { date: safety.stoppedSince })}</p>
      ) : null}
      {selfGuided && !asking ? <Button onClick={() => setAsking(true)}>{t('stop.checked')}</Button> : null}
      {selfGuided && asking ? (
        <DoctorChecked
          accountId={accountId}
          since={safety?.stoppedSince ?? today.localDate}
          today={today.localDate}
          onResumed={onResumed}
        />
      ) : null}
    </section>
  );
}

interface DoctorCheckedProps {
  accountId: string;
  since: string;
  today: string;
  onResumed: () => void;
}

function DoctorChecked({ accountId, since, today, onResumed }: DoctorCheckedProps) {
  const { t } = useTranslation('today');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (form.get('confirm') !== 'on') {
      setError(t('stop.needConfirm'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await resumeOwn(accountId, {
        confirmation: 'doctor_checked',
        checkedOn: String(form.get('checkedOn') ?? ''),
      });
      onResumed();
    } catch (failure) {
      setError(errorsFrom(failure, t, [])._form ?? null);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        name="checkedOn"
        type="date"
        label={t('stop.checkedOn')}
        defaultValue={today}
        min={since}
        max={today}
        required
      />
      <label className="choice">
        <input type="checkbox" name="confirm" />
        {t('stop.confirm')}
      </label>
      {error ? (
        <p className="alert error" role="alert">
          {error}
        </p>
      ) : null}
      <Button type="submit" variant="primary" disabled={busy}>
        {t('stop.resume')}
      </Button>
    </form>
  );
}
