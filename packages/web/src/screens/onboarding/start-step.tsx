// The end of getting to know you: a self-guided person starts their plan (the server works out the
// starting doses from the baseline); a clinician-guided person's clinician starts it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyRecord } from '../../api/my-record.ts';
import { type Programme, startProgramme } from '../../api/programme.ts';
import { Button, ButtonLink } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';
import { toLocalDate } from '../../offline/local-date.ts';
import { ClearanceForm } from '../screening/clearance-form.tsx';
import { SaveError } from './save-error.tsx';
import { activeExercises } from './steps.ts';

interface StartStepProps {
  record: MyRecord;
  programme: Programme | null;
  progress: string;
  onSaved: () => void;
}

export function StartStep({ record, programme, progress, onSaved }: StartStepProps) {
  const { t } = useTranslation('onboarding');
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  const top = <p className="muted">{progress}</p>;

  async function start(): Promise<void> {
    setBusy(true);
    setFailed(null);
    try {
      await startProgramme(record.id, toLocalDate(new Date()));
      onSaved();
    } catch (error) {
      setFailed(error);
      setBusy(false);
    }
  }

  if (!record.selfGuided) {
    return (
      <Page
        title={t('start.waitTitle')}
        top={top}
        actions={
          <ButtonLink to="/today" variant="primary">
            {t('toToday')}
          </ButtonLink>
        }
      >
        <p className="lead">{t('start.waitBody')}</p>
      </Page>
    );
  }
  if (record.screeningStatus === 'needs_clearance' && record.clearance === null) {
    return (
      <Page title={t('start.clearanceTitle')} top={top}>
        <p className="lead">{t('start.clearanceBody')}</p>
        <ClearanceForm patientId={record.id} />
      </Page>
    );
  }
  return (
    <Page
      title={t('start.title')}
      top={top}
      actions={
        <Button variant="primary" disabled={busy} onClick={() => void start()}>
          {t('start.button')}
        </Button>
      }
    >
      <p className="lead">{t('start.body')}</p>
      <ul className="points">
        {activeExercises(programme).map((e) => (
          <li key={e.id}>{e.name}</li>
        ))}
      </ul>
      <p className="nonessential">{t('start.expect')}</p>
      {failed === null ? null : <SaveError error={failed} onRetry={() => void start()} />}
    </Page>
  );
}
