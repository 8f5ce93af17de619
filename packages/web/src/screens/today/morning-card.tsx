// The morning check-in: one pain answer, one tap (SPEC §4).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PainPicker } from '../../components/pain-picker.tsx';
import { queueWrite, whenSent } from '../../offline/outbox.ts';

interface MorningCardProps {
  onAnswer: () => void;
  /** Once the server has it: a morning can change today's doses (SPEC §6), so Today reads them again. */
  onSent: () => void;
}

export function MorningCard({ onAnswer, onSent }: MorningCardProps) {
  const { t } = useTranslation('today');
  const [pain, setPain] = useState<number | null>(null);

  async function answer(value: number): Promise<void> {
    setPain(value);
    onAnswer();
    const write = await queueWrite('morning', { pain: value });
    if (await whenSent(write.id)) onSent();
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
