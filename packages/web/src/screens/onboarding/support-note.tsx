// Shown after PHQ-2 ≥ 3 (SPEC §3): a kind suggestion to talk to a clinician. A screen, not a diagnosis.
// A self-guided person has no clinician here: they are told where help is (their family doctor).
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';

export function SupportNote({ onNext, selfGuided }: { onNext: () => void; selfGuided: boolean }) {
  const { t } = useTranslation('onboarding');
  return (
    <Page
      title={t('phq2.support.title')}
      actions={
        <Button variant="primary" onClick={onNext}>
          {t('phq2.support.next')}
        </Button>
      }
    >
      <p className="lead">{t('phq2.support.body')}</p>
      <p>{t(selfGuided ? 'phq2.support.suggestSelfGuided' : 'phq2.support.suggest')}</p>
      <p className="alert">{t('phq2.support.urgent')}</p>
    </Page>
  );
}
