// Asks again for the pain after a session that was logged with "I'll answer this later". SPEC §4: pain
// after is about an hour after, so the question names the session and when it was, never "now" (the
// next morning, "now" is the morning's pain); the person may skip it.
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences.ts';
import { Button } from '../../components/button.tsx';
import { PainPicker } from '../../components/pain-picker.tsx';
import { toLocalDate } from '../../offline/local-date.ts';
import { queueWrite } from '../../offline/outbox.ts';
import { type AwaitingAfter, removeAwaiting, skipAfter } from './awaiting-after.ts';

interface AfterCardProps {
  accountId: string;
  item: AwaitingAfter;
  onAnswered: (sessionId: string) => void;
}

/** An evening session (from 6 pm) asked about the next day is "last night's". */
const EVENING_HOUR = 18;

function whichSession(
  loggedAt: number,
  now: Date,
): 'questionToday' | 'questionYesterday' | 'questionLastNight' {
  const logged = new Date(loggedAt);
  if (toLocalDate(logged) === toLocalDate(now)) return 'questionToday';
  return logged.getHours() >= EVENING_HOUR ? 'questionLastNight' : 'questionYesterday';
}

export function AfterCard({ accountId, item, onAnswered }: AfterCardProps) {
  const { t } = useTranslation('today');
  const { language } = usePreferences();
  const time = new Intl.DateTimeFormat(language, { hour: 'numeric', minute: '2-digit' }).format(
    item.loggedAt,
  );
  const question = t(`awaitingAfter.${whichSession(item.loggedAt, new Date())}`, {
    exercise: item.exerciseName,
    time,
  });

  async function answer(after: number): Promise<void> {
    onAnswered(item.sessionId);
    await queueWrite('session_after', { sessionId: item.sessionId, after });
    removeAwaiting(accountId, item.sessionId);
  }

  function skip(): void {
    onAnswered(item.sessionId);
    skipAfter(accountId, item.sessionId);
  }

  return (
    <section className="card" aria-label={question}>
      <PainPicker legend={question} value={null} onPick={(after) => void answer(after)} />
      <p className="muted">{t('awaitingAfter.skipHint')}</p>
      <div className="page-actions">
        <Button variant="quiet" onClick={skip}>
          {t('awaitingAfter.skip')}
        </Button>
      </div>
    </section>
  );
}
