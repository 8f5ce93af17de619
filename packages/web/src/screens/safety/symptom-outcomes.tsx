// What to do after reporting a symptom: urgent (stop, rest, call for help) or pausing (this exercise
// waits for the clinician, or, for a self-guided person, until it has settled; the rest goes on). Only a
// person with a clinician is told the clinician hears of it.
import { useTranslation } from 'react-i18next';
import type { Today, TodayExercise } from '../../api/today.ts';
import { ButtonLink } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';

type Safety = Today['safety'];

/** Self-guided unless known otherwise would tell a clinician's patient too little; so only when known. */
const selfGuidedIn = (safety: Safety) => safety?.selfGuided === true;

export function UrgentMessage({ safety }: { safety: Safety }) {
  const { t } = useTranslation('safety');
  const selfGuided = selfGuidedIn(safety);
  const number = safety?.emergencyNumber ?? '112';
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
        {t('urgent.body', { number })}
      </p>
      {/* Unknown (offline, no plan read yet): say nothing about who acts rather than something untrue. */}
      {safety === undefined ? null : <p>{t(selfGuided ? 'urgent.stoppedSelf' : 'urgent.stopped')}</p>}
      {safety === undefined || selfGuided ? null : <p>{t('urgent.saved')}</p>}
    </Page>
  );
}

export function PausedMessage({ exercise, safety }: { exercise: TodayExercise | null; safety: Safety }) {
  const { t } = useTranslation('safety');
  const self = selfGuidedIn(safety) ? 'Self' : '';
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
        {exercise === null
          ? t(`pausing.bodyNone${self}`)
          : t(`pausing.body${self}`, { exercise: exercise.name })}
      </p>
      <p>{t('pausing.askAgain')}</p>
    </Page>
  );
}
