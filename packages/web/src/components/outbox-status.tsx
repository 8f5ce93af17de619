// Says what is waiting on this phone to be sent, and shows any log the server refused, with its reason.
// A refused log stays until the person retries or removes it: nothing disappears silently.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { discardWrite, retryWrite } from '../offline/outbox.ts';
import type { QueuedWrite } from '../offline/queue.ts';
import { useOnline } from '../offline/use-online.ts';
import { useOutbox } from '../offline/use-outbox.ts';
import { Button } from './button.tsx';

function Refused({ write }: { write: QueuedWrite }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <li className="alert error">
      <p>
        <strong>{t(`outbox.kinds.${write.kind}`, { date: write.localDate })}</strong>
      </p>
      <p>{t('outbox.refused', { message: write.error?.message ?? '' })}</p>
      {confirming ? (
        <>
          <p>{t('outbox.removeConfirm')}</p>
          <div className="page-actions">
            <Button onClick={() => void discardWrite(write.id)}>{t('outbox.removeYes')}</Button>
            <Button variant="quiet" onClick={() => setConfirming(false)}>
              {t('actions.cancel')}
            </Button>
          </div>
        </>
      ) : (
        <div className="page-actions">
          <Button onClick={() => void retryWrite(write.id)}>{t('actions.retry')}</Button>
          <Button variant="quiet" onClick={() => setConfirming(true)}>
            {t('actions.remove')}
          </Button>
        </div>
      )}
    </li>
  );
}

export function OutboxStatus() {
  const { t } = useTranslation();
  const { waiting, rejected, signedOut } = useOutbox();
  const online = useOnline();
  if (waiting.length === 0 && rejected.length === 0 && online) return null;
  return (
    <section aria-label={t('outbox.label')}>
      <div className="alert" role="status">
        {online ? null : <p>{t('outbox.offline')}</p>}
        {waiting.length > 0 ? (
          <p>
            <strong>{t('outbox.waiting', { count: waiting.length })}</strong>{' '}
            {signedOut ? t('outbox.signIn') : t('outbox.safe')}
          </p>
        ) : null}
      </div>
      {rejected.length > 0 ? (
        <ul className="list-plain">
          {rejected.map((write) => (
            <Refused key={write.id} write={write} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
