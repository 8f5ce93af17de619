// The welcome screen: what Steadily is, what to expect, and the ways in.
import { useTranslation } from 'react-i18next';
import { updatePreferences, usePreferences } from '../../app/preferences.ts';
import { Button, ButtonLink } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';

const POINTS = ['small', 'safe', 'time', 'flares'] as const;

export default function StartScreen() {
  const { t } = useTranslation('start');
  const { language } = usePreferences();
  const other = language === 'en' ? 'es' : 'en';

  return (
    <Page
      title={t('title')}
      actions={
        <>
          <ButtonLink to="/sign-up" variant="primary">
            {t('signUp')}
          </ButtonLink>
          <ButtonLink to="/invite">{t('invitation')}</ButtonLink>
          <ButtonLink to="/sign-in" variant="quiet">
            {t('signIn')}
          </ButtonLink>
        </>
      }
      after={
        <div className="page-after">
          <ButtonLink to="/learn" variant="quiet">
            {t('learn')}
          </ButtonLink>
          <Button variant="quiet" lang={other} onClick={() => updatePreferences({ language: other })}>
            {t('switchLanguage')}
          </Button>
          <p className="muted nonessential">{t('privacy')}</p>
        </div>
      }
    >
      <p className="lead">{t('lead')}</p>
      <section aria-labelledby="expect">
        <h2 id="expect">{t('pointsLabel')}</h2>
        <ul className="points">
          {POINTS.map((point) => (
            <li key={point}>{t(`points.${point}`)}</li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
