// Settings for a signed-in person: take a copy of their data, sign out, or delete everything
// (asks for the password, and says plainly that it cannot be undone).
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSV_KINDS, csvUrl, deleteAccount, EXPORT_URL, reportUrl } from '../../api/account.ts';
import { signOut } from '../../api/auth.ts';
import { ApiError } from '../../api/errors.ts';
import { navigate } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../components/button.tsx';
import { PasswordField } from '../../components/text-field.tsx';
import { forgetAccount } from '../../offline/outbox.ts';
import { errorsFrom } from '../auth/form-errors.ts';

export function AccountSection({ accountId }: { accountId: string }) {
  const { t, i18n } = useTranslation('settings');
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const { setMe } = useSession();
  const [deleting, setDeleting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function leave(): Promise<void> {
    await signOut().catch(() => undefined); // signed out on this device even if the server is unreachable
    setMe(null);
    navigate('/start', { replace: true });
  }

  async function remove(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    setBusy(true);
    try {
      await deleteAccount(password);
      await forgetAccount(accountId);
      setMe(null);
      navigate('/start', { replace: true });
    } catch (failure) {
      // The server names the password field when it is wrong (400), as docs/api.md's error shape says.
      const wrong =
        failure instanceof ApiError &&
        (failure.status === 401 || failure.status === 403 || failure.field === 'password');
      setError(wrong ? t('delete.wrong') : (errorsFrom(failure, t, [])._form ?? null));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <section aria-labelledby="data-title" className="nonessential settings-section">
        <h2 id="data-title">{t('data.title')}</h2>
        <p>{t('data.body')}</p>
        <a className="button" href={EXPORT_URL} download="steadily-data.json">
          {t('data.download')}
        </a>
        <h3 className="data-tables-title">{t('data.reports')}</h3>
        <p className="muted">{t('data.reportsHint')}</p>
        <ul className="list-plain data-tables">
          <li>
            <a href={reportUrl(accountId, 'report', lang)} download>
              {t('data.report')}
            </a>
          </li>
          <li>
            <a href={reportUrl(accountId, 'clinician-report', lang)} download>
              {t('data.doctorReport')}
            </a>
          </li>
        </ul>
        <h3 className="data-tables-title">{t('data.csv')}</h3>
        <p className="muted">{t('data.csvHint')}</p>
        <ul className="list-plain data-tables">
          {CSV_KINDS.map((kind) => (
            <li key={kind}>
              <a href={csvUrl(accountId, kind)} download>
                {t(`data.tables.${kind}`)}
              </a>
            </li>
          ))}
        </ul>
      </section>
      <div className="page-actions">
        <Button onClick={() => void leave()}>{t('signOut')}</Button>
      </div>
      <section aria-labelledby="delete-title" className="danger-zone">
        <h2 id="delete-title">{t('delete.title')}</h2>
        <p>{t('delete.body')}</p>
        {deleting ? (
          <form onSubmit={(event) => void remove(event)}>
            <PasswordField
              name="password"
              label={t('delete.password')}
              autoComplete="current-password"
              error={error}
            />
            <div className="page-actions">
              <Button type="submit" className="danger" disabled={busy}>
                {t('delete.confirm')}
              </Button>
              <Button variant="quiet" onClick={() => setDeleting(false)}>
                {t('delete.cancel')}
              </Button>
            </div>
          </form>
        ) : (
          <Button variant="quiet" onClick={() => setDeleting(true)}>
            {t('delete.start')}
          </Button>
        )}
      </section>
    </>
  );
}
