// Shown for an unknown address: kind words and one way back.
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';

export default function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <Page
      title={t('notFound.title')}
      actions={
        <ButtonLink to="/" variant="primary">
          {t('notFound.home')}
        </ButtonLink>
      }
    >
      <p>{t('notFound.body')}</p>
    </Page>
  );
}
