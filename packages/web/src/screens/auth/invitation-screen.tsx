// Accept a clinician's invitation: from their link (/invite/CODE) or by typing the code.
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type InvitationPreview, previewInvitation } from '../../api/auth.ts';
import { ApiError } from '../../api/errors.ts';
import { navigate } from '../../app/router.tsx';
import type { ScreenProps } from '../../app/routes.ts';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';
import { TextField } from '../../components/text-field.tsx';
import { AcceptInvitation } from './accept-invitation.tsx';
import { errorsFrom } from './form-errors.ts';
import { SignUpForm } from './sign-up-form.tsx';

type Check =
  | { state: 'idle' | 'checking' }
  | { state: 'ok'; invitation: InvitationPreview }
  | { state: 'bad' };

export default function InvitationScreen({ params }: ScreenProps) {
  const { t } = useTranslation('auth');
  const code = params.code;
  const { session } = useSession();
  const [check, setCheck] = useState<Check>({ state: code === undefined ? 'idle' : 'checking' });
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (code === undefined) return;
    setCheck({ state: 'checking' });
    previewInvitation(code).then(
      (invitation) => setCheck({ state: 'ok', invitation }),
      (failure: unknown) => {
        if (failure instanceof ApiError && failure.status < 500) setCheck({ state: 'bad' });
        else {
          setCheck({ state: 'idle' });
          setError(errorsFrom(failure, t, [])._form ?? null);
        }
      },
    );
  }, [code, t]);

  function submitCode(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const typed = String(new FormData(event.currentTarget).get('code') ?? '').trim();
    if (typed === '') setError(t('errors.required'));
    else navigate(`/invite/${encodeURIComponent(typed)}`);
  }

  if (check.state === 'ok' && code !== undefined && session.status === 'signed_in') {
    return <AcceptInvitation code={code} clinicianName={check.invitation.clinicianName} />;
  }
  if (check.state === 'ok' && code !== undefined) {
    const name = check.invitation.clinicianName;
    return (
      <Page title={t('invitation.title')}>
        <p className="lead">{name ? t('invitation.from', { name }) : t('invitation.fromUnknown')}</p>
        <SignUpForm
          invitationCode={code}
          initialEmail={check.invitation.email ?? ''}
          submitLabel={t('invitation.submit')}
        />
      </Page>
    );
  }

  return (
    <Page title={t('invitation.title')}>
      <p>{t('invitation.lead')}</p>
      {check.state === 'bad' ? (
        <p className="alert error" role="alert">
          {t('invitation.bad')}
        </p>
      ) : null}
      <form noValidate onSubmit={submitCode}>
        <TextField
          name="code"
          label={t('fields.code')}
          hint={t('fields.codeHint')}
          autoComplete="one-time-code"
          autoCapitalize="characters"
          defaultValue={code ?? ''}
          error={error}
        />
        <div className="page-actions">
          <Button type="submit" variant="primary" disabled={check.state === 'checking'}>
            {check.state === 'checking' ? t('busy') : t('invitation.check')}
          </Button>
        </div>
      </form>
    </Page>
  );
}
