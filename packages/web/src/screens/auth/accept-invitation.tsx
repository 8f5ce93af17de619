// For someone already signed in (self-guided) who opens a clinician's invitation link: join with one tap.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptInvitation } from '../../api/auth.ts';
import { navigate } from '../../app/router.tsx';
import { Button } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';
import { errorsFrom } from './form-errors.ts';

export function AcceptInvitation({ code, clinicianName }: { code: string; clinicianName: string | null }) {
  const { t } = useTranslation('auth');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function accept(): Promise<void> {
    setBusy(true);
    try {
      await acceptInvitation(code);
      navigate('/today', { replace: true });
    } catch (failure) {
      setError(errorsFrom(failure, t, [])._form ?? null);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page
      title={t('invitation.title')}
      actions={
        <Button variant="primary" disabled={busy} onClick={() => void accept()}>
          {busy ? t('busy') : t('invitation.accept')}
        </Button>
      }
    >
      <p className="lead">
        {clinicianName ? t('invitation.from', { name: clinicianName }) : t('invitation.fromUnknown')}
      </p>
      <p>{t('invitation.acceptLead')}</p>
      {error ? (
        <p className="alert error" role="alert">
          {error}
        </p>
      ) : null}
    </Page>
  );
}
