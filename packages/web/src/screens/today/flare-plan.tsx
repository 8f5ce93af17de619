// Shown after "I'm having a flare": kind words, the gentler dose of each exercise once the server has
// applied it (SPEC §7: 60% of the dose before, never zero), and the flare plan (the clinician's, or ours).
import { renderReason } from '@steadily/core';
import { useTranslation } from 'react-i18next';
import type { TodayExercise } from '../../api/today.ts';
import { usePreferences } from '../../app/preferences.ts';
import { Button } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';

interface FlarePlanProps {
  clinicianPlan: string | null;
  /** Null until the flare has reached the server and Today has been read again. */
  exercises: TodayExercise[] | null;
  /** True when the flare was reported just now (false when the person opens the plan during a flare). */
  justReported: boolean;
  onDone: () => void;
}

export function FlarePlan({ clinicianPlan, exercises, justReported, onDone }: FlarePlanProps) {
  const { t } = useTranslation('today');
  const { language } = usePreferences();
  const steps = t('flare.defaultPlan', { returnObjects: true }) as string[];
  const gentler = exercises?.filter((e) => !e.paused) ?? null;
  return (
    <Page
      title={t('flare.title')}
      actions={
        <Button variant="primary" onClick={onDone}>
          {t('flare.back')}
        </Button>
      }
    >
      {justReported ? (
        <p className="lead" role="status">
          {t('flare.saved')}
        </p>
      ) : null}
      <section className="card" aria-labelledby="gentler-title">
        <h2 id="gentler-title">{t('flare.dosesTitle')}</h2>
        {gentler === null ? (
          <p role="status" className="muted">
            {t('flare.dosesWaiting')}
          </p>
        ) : (
          <ul className="points">
            {gentler.map((e) => {
              const was =
                e.quotaBeforeFlare ?? (e.change?.action === 'flare' ? e.change.previousQuota : undefined);
              // A step back and the flare on one day: both shown, in the order they happened.
              const changes = (e.decisionsToday ?? []).filter(
                (d) => d.action === 'step_back' || d.action === 'flare',
              );
              return (
                <li key={e.id}>
                  <strong>{e.name}</strong>: {t(`dose.${e.unit}`, { count: e.quota })}
                  {was === undefined || was === null ? null : (
                    <span className="muted">
                      {' '}
                      {t('flare.was', { dose: t(`dose.${e.unit}`, { count: was }) })}
                    </span>
                  )}
                  {changes.length > 1 ? (
                    <>
                      <p>{t('flare.inOrder')}</p>
                      <ol>
                        {changes.map((d) => (
                          <li key={`${d.action}-${d.previousQuota}`}>
                            {renderReason(language, d.reasonCode, d.reasonParams)}
                          </li>
                        ))}
                      </ol>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <h2>{t('flare.planTitle')}</h2>
      {clinicianPlan ? (
        <p className="preserve-lines">{clinicianPlan}</p>
      ) : (
        <ul className="points">
          {steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
      )}
    </Page>
  );
}
