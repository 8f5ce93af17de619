// Today: the morning check-in, the plan, and the flare button. Every write goes through the outbox,
// so it works offline. The plan itself comes from the API (see api/today.ts).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getToday, type Today } from '../../api/today.ts';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';
import { PainPicker } from '../../components/pain-picker.tsx';
import { queueWrite } from '../../offline/outbox.ts';

type PlanState = { state: 'loading' } | { state: 'ready'; today: Today | null } | { state: 'unreachable' };

export default function TodayScreen() {
  const { t } = useTranslation('today');
  const { session } = useSession();
  const [plan, setPlan] = useState<PlanState>({ state: 'loading' });
  const [morning, setMorning] = useState<number | null>(null);
  const [flare, setFlare] = useState(false);

  useEffect(() => {
    getToday().then(
      (today) => setPlan({ state: 'ready', today }),
      () => setPlan({ state: 'unreachable' }),
    );
  }, []);

  async function answerMorning(pain: number): Promise<void> {
    setMorning(pain);
    await queueWrite('morning', { pain });
  }

  async function reportFlare(): Promise<void> {
    setFlare(true);
    await queueWrite('flare', {});
  }

  const name = session.status === 'signed_in' ? session.me.displayName : '';
  const today = plan.state === 'ready' ? plan.today : null;
  const morningDone = morning !== null || today?.morningDone === true;

  if (flare) {
    const steps = t('flare.defaultPlan', { returnObjects: true }) as string[];
    return (
      <Page title={t('flare.title')}>
        <p className="lead" role="status">
          {t('flare.saved')}
        </p>
        <h2>{t('flare.planTitle')}</h2>
        {today?.flarePlan ? (
          <p>{today.flarePlan}</p>
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

  return (
    <Page
      title={t('title')}
      actions={<Button onClick={() => void reportFlare()}>{t('flare.button')}</Button>}
    >
      <p className="nonessential">{t('hello', { name })}</p>
      <section className="card" aria-labelledby="morning-title">
        <h2 id="morning-title" className="visually-hidden">
          {t('morning.question')}
        </h2>
        {morningDone && morning !== null ? (
          <p role="status">{t('morning.thanks')}</p>
        ) : (
          <PainPicker
            legend={t('morning.question')}
            value={morning}
            onPick={(pain) => void answerMorning(pain)}
          />
        )}
      </section>
      <section aria-labelledby="plan-title">
        <h2 id="plan-title">{t('plan.title')}</h2>
        {plan.state === 'unreachable' ? <p>{t('plan.offline')}</p> : null}
        {plan.state === 'ready' && (today === null || today.exercises.length === 0) ? (
          <p>{t('plan.none')}</p>
        ) : null}
      </section>
    </Page>
  );
}
