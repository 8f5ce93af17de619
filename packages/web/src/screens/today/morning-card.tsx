// The morning check-in: one pain answer, one tap (SPEC §4).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PainPicker } from '../../components/pain-picker.tsx';
import { queueWrite } from '../../offline/outbox.ts';

export function MorningCard({ onAnswer }: { onAnswer: () => void }) {
  const { t } = useTranslation('today');
  const [pain, setPain] = useState<number | null>(null);

  async function answer(value: number): Promise<void> {
    setPain(value);
    onAnswer();
    await queueWrite('morning', { pain: value });
  }

  return (
    <section className="card" aria-label={t('morning.question')}>
      {pain === null ? (
        <PainPicker legend={t('morning.question')} value={pain} onPick={(value) => void answer(value)} />
      ) : (
        <p role="status">{t('morning.thanks')}</p>
      )}
    </section>
  );
}
