// Asks again for the pain after a session that was logged with "I'll answer this later".
import { useTranslation } from 'react-i18next';
import { PainPicker } from '../../components/pain-picker.tsx';
import { queueWrite } from '../../offline/outbox.ts';
import { type AwaitingAfter, removeAwaiting } from './awaiting-after.ts';

interface AfterCardProps {
  accountId: string;
  item: AwaitingAfter;
  onAnswered: (sessionId: string) => void;
}

export function AfterCard({ accountId, item, onAnswered }: AfterCardProps) {
  const { t } = useTranslation('today');

  async function answer(after: number): Promise<void> {
    onAnswered(item.sessionId);
    await queueWrite('session_after', { sessionId: item.sessionId, after });
    removeAwaiting(accountId, item.sessionId);
  }

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
