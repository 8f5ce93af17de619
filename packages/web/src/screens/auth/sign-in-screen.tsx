// Sign in with email and password. Password managers and paste work; the password can be shown.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signIn } from '../../api/auth.ts';
import { ApiError } from '../../api/errors.ts';
import { navigate } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { Button, ButtonLink } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';
import { PasswordField, TextField } from '../../components/text-field.tsx';
import { errorsFrom, type FieldErrors, focusFirstError } from './form-errors.ts';

/** Only a path inside the app, so a crafted link cannot send someone elsewhere after signing in. */
function nextPath(): string {
  const next = new URLSearchParams(location.search).get('next');
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/today';
}

export default function SignInScreen() {
  const { t } = useTranslation('auth');
  const { setMe } = useSession();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const found: FieldErrors = {};
    if (email === '') found.email = t('errors.required');
    if (password === '') found.password = t('errors.required');
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstError(form, found);

    setBusy(true);
    try {
      setMe(await signIn(email, password));
      navigate(nextPath(), { replace: true });
    } catch (error) {
      const wrong = error instanceof ApiError && (error.status === 401 || error.status === 400);
      setErrors(wrong ? { _form: t('signIn.wrong') } : errorsFrom(error, t, []));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Page title={t('signIn.title')}>
      <form noValidate onSubmit={(event) => void submit(event)}>
        {errors._form ? (
          <p className="alert error" role="alert">
            {errors._form}
          </p>
        ) : null}
        <TextField
          name="email"
          type="email"
          inputMode="email"
          label={t('fields.email')}
          autoComplete="username"
          error={errors.email}
        />
        <PasswordField
          name="password"
          label={t('fields.password')}
          autoComplete="current-password"
          error={errors.password}
        />
        <div className="page-actions">
          <Button type="submit" variant="primary" disabled={busy}>
            {busy ? t('busy') : t('signIn.submit')}
          </Button>
        </div>
      </form>
      <ButtonLink to="/sign-up" variant="quiet">
        {t('signIn.noAccount')}
      </ButtonLink>
    </Page>
  );
}
