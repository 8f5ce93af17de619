// The onboarding reference morning pain (SPEC §3, §5): what "a usual morning" is, until the first
// mornings of the plan take over.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answerReferencePain } from '../../api/my-record.ts';
import { Page } from '../../components/page.tsx';
import { PainPicker } from '../../components/pain-picker.tsx';
import { SaveError } from './save-error.tsx';

interface ReferenceStepProps {
  accountId: string;
  progress: string;
  onSaved: () => void;
}

export function ReferenceStep({ accountId, progress, onSaved }: ReferenceStepProps) {
  const { t } = useTranslation('onboarding');
  const [pain, setPain] = useState<number | null>(null);
  const [failed, setFailed] = useState<unknown>(null);

  async function save(value: number): Promise<void> {
    setPain(value);
    setFailed(null);
    try {
      await answerReferencePain(accountId, value);
      onSaved();
    } catch (error) {
      setFailed(error);
    }
  }

  return (
    <Page title={t('reference.title')} top={<p className="muted">{progress}</p>}>
      <PainPicker legend={t('reference.legend')} value={pain} onPick={(value) => void save(value)} />
      <p className="muted nonessential">{t('reference.hint')}</p>
      {failed === null || pain === null ? null : <SaveError error={failed} onRetry={() => void save(pain)} />}
    </Page>
  );
}
