// Today: answers still owed (pain after, morning), each exercise with its dose and log buttons, the
// questions due at weeks 6 and 12, and the flare and "anything unusual?" buttons in thumb reach.
// Before a programme runs it shows only the next step. Every log goes through the outbox.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getToday, type Today, takeToday } from '../../api/today.ts';
import { navigate } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';
import { toLocalDate } from '../../offline/local-date.ts';
import { queueWrite, whenSent } from '../../offline/outbox.ts';
import { useOutbox } from '../../offline/use-outbox.ts';
import { NotesCard } from '../notes/notes-card.tsx';
import { AfterCard } from './after-card.tsx';
import { DosingNotice } from './dosing-notice.tsx';
import { ExerciseCard } from './exercise-card.tsx';
import { FlarePlan } from './flare-plan.tsx';
import { MeasuresCard } from './measures-card.tsx';
import { MorningCard } from './morning-card.tsx';
import { NextStepCard } from './next-step-card.tsx';
import { usePendingAfter } from './pending-after.ts';
import { StopPanel } from './stop-panel.tsx';

type PlanState = { state: 'loading' } | { state: 'ready'; today: Today | null } | { state: 'unreachable' };
type FlareView = { open: false } | { open: true; justReported: boolean; synced: boolean };

// Every catalogue Today's parts use, loaded before its first draw: a part that loaded its own later
// would suspend the whole screen after the person had started answering (and lose those answers).
const NAMESPACES = ['today', 'notes'];

export default function TodayScreen() {
  const { t } = useTranslation(NAMESPACES);
  const { session } = useSession();
  const accountId = session.status === 'signed_in' ? session.me.id : '';
  const [plan, setPlan] = useState<PlanState>({ state: 'loading' });
  const [flare, setFlare] = useState<FlareView>({ open: false });
  const today = plan.state === 'ready' ? plan.today : null;
  const pending = usePendingAfter(accountId, today);
  const { waiting } = useOutbox();
  const [morningAnsweredOn, setMorningAnsweredOn] = useState<string | null>(null);

  const load = useCallback(
    (first = false) => {
      if (accountId === '') return;
      (first ? takeToday(accountId) : getToday(accountId)).then(
        (next) => setPlan({ state: 'ready', today: next }),
        () => setPlan({ state: 'unreachable' }),
      );
    },
    [accountId],
  );
  useEffect(() => load(true), [load]);

  async function reportFlare(): Promise<void> {
    setFlare({ open: true, justReported: true, synced: false });
    const write = await queueWrite('flare', {});
    if (await whenSent(write.id)) {
      load();
      setFlare((view) => (view.open ? { ...view, synced: true } : view));
    }
  }

  if (flare.open) {
    const settled = !flare.justReported || flare.synced;
    return (
      <FlarePlan
        clinicianPlan={today?.flarePlan ?? null}
        exercises={settled && today !== null ? today.exercises : null}
        justReported={flare.justReported}
        onDone={() => setFlare({ open: false })}
      />
    );
  }

  const unusual = () => navigate('/today/unusual');
  const name = session.status === 'signed_in' ? session.me.displayName : '';
  const unusualButton = (
    <Button variant="quiet" onClick={unusual}>
      {t('log.unusual')}
    </Button>
  );
  // Until the plan is known nothing else is drawn: cards and buttons that appeared around it, or went
  // away (a morning already answered), would move what the person is about to tap (layout shift).
  if (plan.state === 'loading' || (plan.state === 'ready' && today !== null && !pending.ready)) {
    return (
      <Page title={t('title')}>
        <p className="nonessential">{t('hello', { name })}</p>
        <p role="status" className="muted">
          {t('common:loading')}
        </p>
      </Page>
    );
  }
  if (plan.state === 'ready' && today === null) {
    return (
      <Page title={t('title')} actions={unusualButton}>
        <p className="nonessential">{t('hello', { name })}</p>
        <NextStepCard accountId={accountId} />
      </Page>
    );
  }
  // Stopped for safety: one urgent-care panel and nothing to log (SPEC §2).
  if (today !== null && today.mode === 'stopped') {
    return (
      <Page title={t('title')}>
        <p className="nonessential">{t('hello', { name })}</p>
        <StopPanel accountId={accountId} today={today} onResumed={() => load()} />
      </Page>
    );
  }
  // A morning answered on this device today but not sent yet counts as done: never ask twice.
  const morningWaiting = waiting.some((w) => w.kind === 'morning' && w.localDate === today?.localDate);
  // The device's date: the person may answer before the plan has loaded.
  const answeredHere =
    morningAnsweredOn !== null && morningAnsweredOn === (today?.localDate ?? toLocalDate(new Date()));
  const showMorning = answeredHere || (today?.morningDone !== true && !morningWaiting);
  const inFlare = today?.openFlare !== null && today?.openFlare !== undefined;
  return (
    <Page
      title={t('title')}
      actions={
        <>
          {inFlare ? (
            <Button onClick={() => setFlare({ open: true, justReported: false, synced: true })}>
              {t('flare.open')}
            </Button>
          ) : (
            <Button onClick={() => void reportFlare()}>{t('flare.button')}</Button>
          )}
          {unusualButton}
        </>
      }
    >
      <p className="nonessential">{t('hello', { name })}</p>
      {inFlare ? <p className="alert">{t('flare.during')}</p> : null}
      {today?.dosingNotice == null ? null : (
        <DosingNotice patientId={accountId} localDate={today.dosingNotice.localDate} />
      )}
      {pending.items.map((item) => (
        <AfterCard key={item.sessionId} accountId={accountId} item={item} onAnswered={pending.markAnswered} />
      ))}
      {showMorning ? (
        <MorningCard
          key={today?.localDate}
          onAnswer={() => setMorningAnsweredOn(toLocalDate(new Date()))}
          onSent={load}
        />
      ) : null}
      <section aria-labelledby="plan-title">
        <h2 id="plan-title">{t('plan.title')}</h2>
        {plan.state === 'unreachable' ? <p>{t('plan.offline')}</p> : null}
        {today?.exercises.length === 0 ? <p>{t('plan.none')}</p> : null}
        {today?.exercises.map((exercise) => (
          <ExerciseCard
            key={exercise.id}
            accountId={accountId}
            exercise={exercise}
            selfGuided={today.safety?.selfGuided === true}
            waitingToday={
              waiting.filter(
                (w) =>
                  w.kind === 'session' &&
                  w.payload.exerciseId === exercise.id &&
                  w.localDate === (today?.localDate ?? toLocalDate(new Date())),
              ).length
            }
            onUnusual={unusual}
            onSent={load}
          />
        ))}
      </section>
      {/* Below the plan: they load after it, and must not push what the person is about to tap. */}
      {today === null ? null : <MeasuresCard accountId={accountId} day={today.day} />}
      {today === null ? null : <NotesCard patientId={accountId} />}
    </Page>
  );
}
