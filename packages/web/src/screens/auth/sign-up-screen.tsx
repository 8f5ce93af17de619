// Create an account without a clinician (self-guided use, SPEC §1).
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';
import { SignUpForm } from './sign-up-form.tsx';

export default function SignUpScreen() {
  const { t } = useTranslation('auth');
  return (
    <Page title={t('signUp.title')}>
      <p className="nonessential">{t('signUp.lead')}</p>
      <SignUpForm submitLabel={t('signUp.submit')} />
      <ButtonLink to="/sign-in" variant="quiet">
        {t('signUp.haveAccount')}
      </ButtonLink>
    </Page>
  );
}
