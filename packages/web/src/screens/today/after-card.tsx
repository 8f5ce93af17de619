// Asks again for the pain after a session that was logged with "I'll answer this later".
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PainPicker } from '../../components/pain-picker.tsx';
import { queueWrite } from '../../offline/outbox.ts';
import { type AwaitingAfter, removeAwaiting } from './awaiting-after.ts';

export function AfterCard({ accountId, item }: { accountId: string; item: AwaitingAfter }) {
  const { t } = useTranslation('today');

  const [saved, setSaved] = useState(false);

  async function answer(after: number): Promise<void> {
    setSaved(true);
    await queueWrite('session_after', { sessionId: item.sessionId, after });
    removeAwaiting(accountId, item.sessionId);
  }

  if (saved) return null;

  return (
    <section className="card" aria-label={t('awaitingAfter.question', { exercise: item.exerciseName })}>
      <PainPicker
        legend={t('awaitingAfter.question', { exercise: item.exerciseName })}
        value={null}
        onPick={(after) => void answer(after)}
      />
    </section>
  );
}
