// The account form, shared by sign-up and by accepting a clinician's invitation.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signUp } from '../../api/auth.ts';
import { usePreferences } from '../../app/preferences.ts';
import { navigate } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../components/button.tsx';
import { PasswordField, TextField } from '../../components/text-field.tsx';
import { errorsFrom, type FieldErrors, focusFirstError, looksLikeEmail } from './form-errors.ts';

const FIELDS = ['displayName', 'email', 'password', 'invitationCode'] as const;
const MIN_PASSWORD = 10; // docs/api.md: the server asks for at least 10

interface SignUpFormProps {
  invitationCode?: string;
  initialEmail?: string;
  submitLabel: string;
}

export function SignUpForm({ invitationCode, initialEmail = '', submitLabel }: SignUpFormProps) {
  const { t } = useTranslation('auth');
  const { language } = usePreferences();
  const { setMe } = useSession();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const displayName = String(data.get('displayName') ?? '').trim();
    const email = String(data.get('email') ?? '').trim();
    const password = String(data.get('password') ?? '');
    const found: FieldErrors = {};
    if (displayName === '') found.displayName = t('errors.required');
    if (!looksLikeEmail(email)) found.email = email === '' ? t('errors.required') : t('errors.email');
    if (password.length < MIN_PASSWORD) found.password = t('errors.passwordShort');
    setErrors(found);
    if (Object.keys(found).length > 0) return focusFirstError(form, found);

    setBusy(true);
    try {
      const input = invitationCode === undefined ? {} : { invitationCode };
      setMe(await signUp({ displayName, email, password, ...input }, language));
      navigate('/today', { replace: true });
    } catch (error) {
      const next = errorsFrom(error, t, FIELDS);
      setErrors(next);
      focusFirstError(form, next);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      {errors._form ? (
        <p className="alert error" role="alert">
          {errors._form}
        </p>
      ) : null}
      <TextField
        name="displayName"
        label={t('fields.name')}
        hint={t('fields.nameHint')}
        autoComplete="given-name"
        error={errors.displayName}
      />
      <TextField
        name="email"
        type="email"
        inputMode="email"
        label={t('fields.email')}
        autoComplete="email"
        defaultValue={initialEmail}
        error={errors.email}
      />
      <PasswordField
        name="password"
        label={t('fields.password')}
        hint={t('fields.passwordHint')}
        autoComplete="new-password"
        error={errors.password}
      />
      <div className="page-actions">
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? t('busy') : submitLabel}
        </Button>
      </div>
    </form>
  );
}
