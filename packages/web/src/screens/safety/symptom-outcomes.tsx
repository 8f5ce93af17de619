// What to do after reporting a symptom: urgent (stop, rest, call for help) or pausing (this exercise
// waits for the clinician; the rest goes on).
import { useTranslation } from 'react-i18next';
import type { TodayExercise } from '../../api/today.ts';
import { ButtonLink } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';

export function UrgentMessage() {
  const { t } = useTranslation('safety');
  return (
    <Page
      title={t('urgent.title')}
      actions={
        <ButtonLink to="/today" variant="quiet">
          {t('back')}
        </ButtonLink>
      }
    >
      <p className="alert error lead" role="alert">
        {t('urgent.body')}
      </p>
      <p>{t('urgent.stopped')}</p>
      <p>{t('urgent.saved')}</p>
    </Page>
  );
}

export function PausedMessage({ exercise }: { exercise: TodayExercise | null }) {
  const { t } = useTranslation('safety');
  return (
    <Page
      title={t('pausing.title')}
      actions={
        <>
          <ButtonLink to="/screening/red-flags" variant="primary">
            {t('pausing.askButton')}
          </ButtonLink>
          <ButtonLink to="/today" variant="quiet">
            {t('back')}
          </ButtonLink>
        </>
      }
    >
      <p className="lead" role="status">
        {exercise === null ? t('pausing.bodyNone') : t('pausing.body', { exercise: exercise.name })}
      </p>
      <p>{t('pausing.askAgain')}</p>
    </Page>
  );
}
