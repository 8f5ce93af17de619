// The end of the safety questions: the outcome is shown at once (the engine's own rule, computed on the
// device) while the answers are saved; a red flag shows what to do now even if saving fails.
import { EMERGENCY_RED_FLAGS, screeningOutcome } from '@steadily/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getMyRecord } from '../../api/my-record.ts';
import { putScreening } from '../../api/screening.ts';
import { useSession } from '../../app/session.tsx';
import { Button, ButtonLink } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';
import { newClientId } from '../../offline/client-id.ts';
import { errorsFrom } from '../auth/form-errors.ts';
import { ClearanceForm } from './clearance-form.tsx';
import { type Answers, screeningBody, toScreening } from './screening-flow.ts';

type Save = { state: 'saving' } | { state: 'saved' } | { state: 'failed'; message: string };

export function ScreeningOutcome({ answers }: { answers: Answers }) {
  const { t } = useTranslation('screening');
  const { session } = useSession();
  const patientId = session.status === 'signed_in' ? session.me.id : null;
  const outcome = useMemo(() => screeningOutcome(toScreening(answers)), [answers]);
  const key = useMemo(() => newClientId(), []); // one key: a retry never saves the answers twice
  const [save, setSave] = useState<Save>({ state: 'saving' });
  // Only a person with a clinician is told their care team hears of a stop (null until known).
  const [selfGuided, setSelfGuided] = useState<boolean | null>(null);
  useEffect(() => {
    if (patientId === null) return;
    getMyRecord(patientId).then(
      (record) => setSelfGuided(record.selfGuided),
      () => setSelfGuided(null),
    );
  }, [patientId]);

  const send = useCallback(() => {
    if (patientId === null) return;
    setSave({ state: 'saving' });
    putScreening(patientId, screeningBody(answers), key).then(
      () => setSave({ state: 'saved' }),
      (error: unknown) => setSave({ state: 'failed', message: errorsFrom(error, t, [])._form ?? '' }),
    );
  }, [patientId, answers, key, t]);
  useEffect(send, [send]);

  const saving =
    save.state === 'failed' ? (
      <div className="alert error" role="alert">
        <p>{save.message}</p>
        <Button onClick={send}>{t('common:actions.retry')}</Button>
      </div>
    ) : save.state === 'saving' ? (
      <p role="status" className="muted">
        {t('sending')}
      </p>
    ) : null;
  const next =
    save.state === 'saved' ? (
      <ButtonLink to="/getting-to-know-you" variant="primary">
        {t('outcome.next')}
      </ButtonLink>
    ) : undefined;

  if (outcome.status === 'stopped') {
    return (
      <Page title={t('outcome.stopped.title')}>
        {/* Possible cauda equina: emergency care now, never "a doctor soon" (IFOMPT, Finucane 2020). */}
        {outcome.redFlags.some((flag) => EMERGENCY_RED_FLAGS.includes(flag)) ? (
          <>
            <p className="alert error lead">{t('outcome.stopped.emergency')}</p>
            <p>{t('outcome.stopped.notYet')}</p>
          </>
        ) : (
          <>
            <p className="lead">{t('outcome.stopped.body')}</p>
            <p className="alert error">{t('outcome.stopped.now')}</p>
          </>
        )}
        {selfGuided === null ? null : (
          <p>{t(selfGuided ? 'outcome.stopped.self' : 'outcome.stopped.clinician')}</p>
        )}
        {saving}
      </Page>
    );
  }
  if (outcome.status === 'needs_clearance') {
    return (
      <Page title={t('outcome.needsClearance.title')}>
        <p className="lead">{t('outcome.needsClearance.body')}</p>
        <p>{t('outcome.needsClearance.clinician')}</p>
        {saving}
        {save.state === 'saved' && patientId !== null ? <ClearanceForm patientId={patientId} /> : null}
      </Page>
    );
  }
  if (outcome.pacing) {
    return (
      <Page title={t('outcome.pacing.title')} actions={next}>
        <p className="lead">{t('outcome.pacing.body')}</p>
        <ButtonLink to="/learn/pacing" variant="quiet">
          {t('outcome.pacing.lesson')}
        </ButtonLink>
        {saving}
      </Page>
    );
  }
  return (
    <Page title={t('outcome.clear.title')} actions={next}>
      <p className="lead">{t('outcome.clear.body')}</p>
      {saving}
    </Page>
  );
}
