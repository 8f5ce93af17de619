// Today: answers still owed (pain after, morning), each exercise with its dose and log buttons, and
// the flare and "anything unusual?" buttons in thumb reach. Every write goes through the outbox.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getToday, type Today } from '../../api/today.ts';
import { navigate } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { Button, ButtonLink } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';
import { queueWrite } from '../../offline/outbox.ts';
import { AfterCard } from './after-card.tsx';
import { useAwaitingAfter } from './awaiting-after.ts';
import { ExerciseCard } from './exercise-card.tsx';
import { FlarePlan } from './flare-plan.tsx';
import { MorningCard } from './morning-card.tsx';

type PlanState = { state: 'loading' } | { state: 'ready'; today: Today | null } | { state: 'unreachable' };

/** "About an hour after": ask again for a later answer once half an hour has passed. */
const ASK_AFTER_MS = 30 * 60_000;

/** No programme yet: the next step is the safety questions (then the rest of onboarding). */
function BeforeYouStart() {
  const { t } = useTranslation('today');
  return (
    <div className="card">
      <h3>{t('start.title')}</h3>
      <p>{t('start.body')}</p>
      <ButtonLink to="/screening" variant="primary">
        {t('start.button')}
      </ButtonLink>
    </div>
  );
}

export default function TodayScreen() {
  const { t } = useTranslation('today');
  const { session } = useSession();
  const accountId = session.status === 'signed_in' ? session.me.id : '';
  const awaiting = useAwaitingAfter(accountId);
  const [plan, setPlan] = useState<PlanState>({ state: 'loading' });
  const [flare, setFlare] = useState(false);

  useEffect(() => {
    if (flare || accountId === '') return;
    getToday(accountId).then(
      (today) => setPlan({ state: 'ready', today }),
      () => setPlan({ state: 'unreachable' }),
    );
  }, [flare, accountId]);

  async function reportFlare(): Promise<void> {
    setFlare(true);
    await queueWrite('flare', {});
  }

  const today = plan.state === 'ready' ? plan.today : null;
  if (flare) return <FlarePlan clinicianPlan={today?.flarePlan ?? null} onDone={() => setFlare(false)} />;

  const unusual = () => navigate('/today/unusual');
  const name = session.status === 'signed_in' ? session.me.displayName : '';
  if (plan.state === 'ready' && today === null) {
    return (
      <Page
        title={t('title')}
        actions={
          <Button variant="quiet" onClick={unusual}>
            {t('log.unusual')}
          </Button>
        }
      >
        <p className="nonessential">{t('hello', { name })}</p>
        <BeforeYouStart />
      </Page>
    );
  }
  const due = awaiting.filter((item) => Date.now() - item.loggedAt >= ASK_AFTER_MS);
  return (
    <Page
      title={t('title')}
      actions={
        <>
          <Button onClick={() => void reportFlare()}>{t('flare.button')}</Button>
          <Button variant="quiet" onClick={unusual}>
            {t('log.unusual')}
          </Button>
        </>
      }
    >
      <p className="nonessential">{t('hello', { name })}</p>
      {due.map((item) => (
        <AfterCard key={item.sessionId} accountId={accountId} item={item} />
      ))}
      {today?.morningDone === true ? null : <MorningCard />}
      <section aria-labelledby="plan-title">
        <h2 id="plan-title">{t('plan.title')}</h2>
        {plan.state === 'unreachable' ? <p>{t('plan.offline')}</p> : null}
        {today?.exercises.length === 0 ? <p>{t('plan.none')}</p> : null}
        {today?.exercises.map((exercise) => (
          <ExerciseCard key={exercise.id} accountId={accountId} exercise={exercise} onUnusual={unusual} />
        ))}
      </section>
    </Page>
  );
}
