// The conditions a person lives with (SPEC §9): they choose the cautious presets of the plan.
import { CONDITION_IDS, type ConditionId } from '@steadily/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerConditions } from '../../api/my-record.ts';
import { Page } from '../../components/page.tsx';
import { Checklist } from '../screening/checklist.tsx';
import { SaveError } from './save-error.tsx';

/** "Not sure, or something else" is the one-tap answer; it keeps the default preset. */
const LISTED = CONDITION_IDS.filter((id) => id !== 'other');

interface ConditionsStepProps {
  accountId: string;
  initial: ConditionId[];
  progress: string;
  onSaved: () => void;
}

export function ConditionsStep({ accountId, initial, progress, onSaved }: ConditionsStepProps) {
  const { t } = useTranslation('onboarding');
  const [chosen, setChosen] = useState<ConditionId[] | null>(null);
  const [failed, setFailed] = useState<unknown>(null);

  async function save(conditions: ConditionId[]): Promise<void> {
    const answer: ConditionId[] = conditions.length === 0 ? ['other'] : conditions;
    setChosen(answer);
    setFailed(null);
    try {
      await answerConditions(accountId, answer);
      onSaved();
    } catch (error) {
      setFailed(error);
    }
  }

  return (
    <Page title={t('title')} top={<p className="muted">{progress}</p>}>
      <p className="lead nonessential">{t('intro')}</p>
      <Checklist<ConditionId>
        legend={t('conditions.legend')}
        items={LISTED.map((id) => ({ value: id, label: t(`conditions.${id}`) }))}
        initial={initial.filter((id) => id !== 'other')}
        noneLabel={t('conditions.none')}
        nextLabel={t('next')}
        onDone={(conditions) => void save(conditions)}
      />
      {chosen !== null && failed === null ? (
        <p role="status" className="muted">
          {t('saving')}
        </p>
      ) : null}
      {failed === null || chosen === null ? null : (
        <SaveError error={failed} onRetry={() => void save(chosen)} />
      )}
    </Page>
  );
}
