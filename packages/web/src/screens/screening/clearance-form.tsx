// Self-guided use (SPEC §1–2): the person records, with a date, that a health professional cleared them.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordClearance } from '../../api/screening.ts';
import { Button, ButtonLink } from '../../components/button.tsx';
import { TextField } from '../../components/text-field.tsx';
import { toLocalDate } from '../../offline/local-date.ts';
import { errorsFrom } from '../auth/form-errors.ts';

export function ClearanceForm({ patientId }: { patientId: string }) {
  const { t } = useTranslation('screening');
  const [state, setState] = useState<'idle' | 'busy' | 'saved'>('idle');
  const [error, setError] = useState<string | null>(null);
  const today = toLocalDate(new Date());

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const clearedOn = String(new FormData(event.currentTarget).get('clearedOn') ?? '');
    setState('busy');
    try {
      await recordClearance(patientId, clearedOn);
      setState('saved');
    } catch (failure) {
      setError(errorsFrom(failure, t, [])._form ?? null);
      setState('idle');
    }
  }

  if (state === 'saved') {
    return (
      <>
        <p role="status">{t('outcome.needsClearance.saved')}</p>
        <ButtonLink to="/today" variant="primary">
          {t('outcome.next')}
        </ButtonLink>
      </>
    );
  }
  return (
    <form onSubmit={(event) => void submit(event)} className="card">
      <p>{t('outcome.needsClearance.self')}</p>
      <TextField
        name="clearedOn"
        type="date"
        label={t('outcome.needsClearance.date')}
        defaultValue={today}
        max={today}
        required
        error={error}
      />
      <Button type="submit" variant="primary" disabled={state === 'busy'}>
        {t('outcome.needsClearance.confirm')}
      </Button>
    </form>
  );
}
