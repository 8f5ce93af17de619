// Reminders (SPEC §11): the times the person chooses, sent to this phone by web push, and a calendar
// link for any calendar app. Each change is saved at once.
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createCalendarLink, getReminders, putReminders } from '../../api/account.ts';
import { Button } from '../../components/button.tsx';
import { TextField } from '../../components/text-field.tsx';
import { errorsFrom } from '../auth/form-errors.ts';
import { type PushState, pushState, turnPushOff, turnPushOn } from './push.ts';
import '../../styles/settings.css';

/** The server keeps up to 6 times a day. */
const MAX_TIMES = 6;

export function RemindersSection({ accountId }: { accountId: string }) {
  const { t } = useTranslation('settings');
  const [times, setTimes] = useState<string[] | null>(null);
  const [push, setPush] = useState<PushState | null>(null);
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);

  useEffect(() => {
    getReminders(accountId).then(
      (reminders) => setTimes(reminders.times),
      () => setTimes([]),
    );
    pushState().then(setPush, () => setPush('unsupported'));
  }, [accountId]);

  async function save(next: string[]): Promise<void> {
    setStatus(null);
    try {
      setTimes((await putReminders(accountId, next)).times);
      setStatus({ kind: 'saved', text: t('reminders.saved') });
    } catch (error) {
      setStatus({ kind: 'error', text: errorsFrom(error, t, [])._form ?? '' });
    }
  }

  function add(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const time = String(new FormData(event.currentTarget).get('time') ?? '');
    if (/^\d{2}:\d{2}$/.test(time) && times !== null && !times.includes(time)) void save([...times, time]);
  }

  async function togglePush(on: boolean): Promise<void> {
    setStatus(null);
    try {
      setPush(on ? await turnPushOn() : await turnPushOff());
    } catch (error) {
      setStatus({ kind: 'error', text: errorsFrom(error, t, [])._form ?? t('reminders.pushFailed') });
    }
  }

  return (
    <section aria-labelledby="reminders-title" className="settings-section">
      <h2 id="reminders-title">{t('reminders.title')}</h2>
      <p>{t('reminders.body')}</p>
      {times === null ? null : (
        <>
          {times.length === 0 ? <p className="muted">{t('reminders.none')}</p> : null}
          <ul className="list-plain reminder-times">
            {times.map((time) => (
              <li key={time}>
                <span className="reminder-time">{time}</span>
                <Button
                  variant="quiet"
                  aria-label={t('reminders.remove', { time })}
                  onClick={() => void save(times.filter((other) => other !== time))}
                >
                  {t('common:actions.remove')}
                </Button>
              </li>
            ))}
          </ul>
          {times.length < MAX_TIMES ? (
            <form onSubmit={add} className="reminder-add">
              <TextField name="time" type="time" label={t('reminders.time')} defaultValue="09:00" required />
              <Button type="submit">{t('reminders.add')}</Button>
            </form>
          ) : null}
        </>
      )}
      {push === 'on' ? (
        <>
          <p>{t('reminders.pushOn')}</p>
          <Button variant="quiet" onClick={() => void togglePush(false)}>
            {t('reminders.pushStop')}
          </Button>
        </>
      ) : push === 'off' ? (
        <Button onClick={() => void togglePush(true)}>{t('reminders.pushStart')}</Button>
      ) : push === 'blocked' ? (
        <p className="alert">{t('reminders.pushBlocked')}</p>
      ) : push === 'unsupported' ? (
        <p className="muted">{t('reminders.pushUnsupported')}</p>
      ) : null}
      <CalendarLink accountId={accountId} />
      {status === null ? null : (
        <p
          role={status.kind === 'error' ? 'alert' : 'status'}
          className={status.kind === 'error' ? 'alert error' : 'muted'}
        >
          {status.text}
        </p>
      )}
    </section>
  );
}

/** A secret calendar-feed link for any calendar app (webcal:// opens one directly on most phones). */
function CalendarLink({ accountId }: { accountId: string }) {
  const { t } = useTranslation('settings');
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);

  async function make(): Promise<void> {
    setFailed(null);
    try {
      setLink(await createCalendarLink(accountId));
    } catch (error) {
      setFailed(errorsFrom(error, t, [])._form ?? '');
    }
  }

  return (
    <div className="calendar-link nonessential">
      <h3>{t('reminders.calendar.title')}</h3>
      <p>{t('reminders.calendar.body')}</p>
      {link === null ? (
        <Button onClick={() => void make()}>{t('reminders.calendar.make')}</Button>
      ) : (
        <>
          <a className="button primary" href={link.replace(/^https?:/, 'webcal:')}>
            {t('reminders.calendar.open')}
          </a>
          <TextField
            label={t('reminders.calendar.link')}
            value={link}
            readOnly
            onFocus={(event) => event.target.select()}
          />
          <Button
            onClick={() =>
              void navigator.clipboard?.writeText(link).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            {t('reminders.calendar.copy')}
          </Button>
          {copied ? (
            <p role="status" className="muted">
              {t('reminders.calendar.copied')}
            </p>
          ) : null}
          <p className="muted">{t('reminders.calendar.private')}</p>
        </>
      )}
      {failed === null ? null : (
        <p role="alert" className="alert error">
          {failed}
        </p>
      )}
    </div>
  );
}
