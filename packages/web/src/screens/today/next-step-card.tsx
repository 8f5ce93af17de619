// Before a programme runs, Today shows only the next step: the safety questions, then getting to know
// you (with how far the person has come), or what a stop means.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/button.tsx';
import { loadFacts } from '../onboarding/facts.ts';
import { type Facts, onboardingProgress } from '../onboarding/steps.ts';

export function NextStepCard({ accountId }: { accountId: string }) {
  const { t } = useTranslation('today');
  const [facts, setFacts] = useState<Facts | null | 'unreachable'>(null);

  useEffect(() => {
    if (accountId === '') return;
    loadFacts(accountId).then(setFacts, () => setFacts('unreachable'));
  }, [accountId]);

  if (facts === null) return null;
  if (facts === 'unreachable') return <p>{t('plan.offline')}</p>;
  const { record } = facts;
  if (record.screeningStatus === null) {
    return (
      <div className="card">
        <h2>{t('start.title')}</h2>
        <p>{t('start.body')}</p>
        <ButtonLink to="/screening" variant="primary">
          {t('start.button')}
        </ButtonLink>
      </div>
    );
  }
  if (record.screeningStatus === 'stopped') {
    return (
      <div className="card">
        <h2>{t('stopped.title')}</h2>
        <p>{t(record.selfGuided ? 'stopped.bodySelf' : 'stopped.body')}</p>
        {record.selfGuided ? <ButtonLink to="/screening">{t('stopped.again')}</ButtonLink> : null}
      </div>
    );
  }
  const progress = onboardingProgress(facts);
  const first = progress.done.length === 0;
  return (
    <div className="card">
      <h2>{t('knowYou.title')}</h2>
      <p>
        {first
          ? t('knowYou.first')
          : t('knowYou.body', { done: progress.done.length, total: progress.steps.length })}
      </p>
      {progress.next === 'baseline' ? <p className="muted">{t('knowYou.baseline')}</p> : null}
      <ButtonLink to="/getting-to-know-you" variant="primary">
        {first ? t('knowYou.begin') : t('knowYou.goOn')}
      </ButtonLink>
    </div>
  );
}
