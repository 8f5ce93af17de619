// The red-flag questions asked again (SPEC §2: after a pausing symptom). Any red flag → what to do now.
import type { RedFlagId } from '@steadily/core';
import { EMERGENCY_RED_FLAGS, RED_FLAG_IDS } from '@steadily/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { postRedFlags } from '../../api/screening.ts';
import { useSession } from '../../app/session.tsx';
import { Button, ButtonLink } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';
import { toLocalDate } from '../../offline/local-date.ts';
import { errorsFrom } from '../auth/form-errors.ts';
import { Checklist } from './checklist.tsx';

type State =
  | { name: 'asking' }
  | { name: 'sending'; flags: RedFlagId[] }
  | { name: 'done'; flags: RedFlagId[] };

export default function RedFlagsAgainScreen() {
  const { t } = useTranslation('screening');
  const { session } = useSession();
  const [state, setState] = useState<State>({ name: 'asking' });
  const [error, setError] = useState<string | null>(null);

  async function send(flags: RedFlagId[]): Promise<void> {
    if (session.status !== 'signed_in') return;
    setState({ name: 'sending', flags });
    setError(null);
    try {
      await postRedFlags(session.me.id, toLocalDate(new Date()), flags);
      setState({ name: 'done', flags });
    } catch (failure) {
      setError(errorsFrom(failure, t, [])._form ?? null);
      setState({ name: 'done', flags });
    }
  }

  if (state.name !== 'asking' && state.flags.length > 0) {
    return (
      <Page title={t('outcome.stopped.title')}>
        {/* Possible cauda equina: emergency care now, never "a doctor soon" (IFOMPT, Finucane 2020). */}
        {state.flags.some((flag) => EMERGENCY_RED_FLAGS.includes(flag)) ? (
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
        {error ? (
          <div className="alert error" role="alert">
            <p>{error}</p>
            <Button onClick={() => void send(state.flags)}>{t('common:actions.retry')}</Button>
          </div>
        ) : null}
      </Page>
    );
  }
  if (state.name === 'done') {
    return (
      <Page
        title={t('again.thanks')}
        actions={
          <ButtonLink to="/today" variant="primary">
            {t('outcome.next')}
          </ButtonLink>
        }
      >
        {error ? <p className="alert error">{error}</p> : <p>{t('again.none')}</p>}
      </Page>
    );
  }
  return (
    <Page title={t('title')}>
      <Checklist
        legend={t('redFlags.legend')}
        items={RED_FLAG_IDS.map((id) => ({ value: id, label: t(`redFlags.${id}`) }))}
        initial={[]}
        noneLabel={t('redFlags.none')}
        nextLabel={t('redFlags.next')}
        onDone={(flags) => void send(flags)}
      />
    </Page>
  );
}
