// Logging a session in three taps for the common case (SPEC §4): "I did it" → worst pain during →
// pain after. The session is stored at the second tap; pain after may also be answered later.
import { stepFor } from '@steadily/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TodayExercise } from '../../api/today.ts';
import { Button } from '../../components/button.tsx';
import { PainPicker } from '../../components/pain-picker.tsx';
import { queueWrite, whenSent } from '../../offline/outbox.ts';
import { addAwaiting, removeAwaiting } from './awaiting-after.ts';
import { setsText } from './prescription-text.ts';

type Step =
  | { name: 'dose' }
  | { name: 'again' }
  | { name: 'amount'; done: number }
  | { name: 'peak'; done: number | 'quota' }
  | { name: 'after'; sessionId: string; peak: number }
  | { name: 'saved'; later: boolean; peak: number };

/** The worst pain there is: acknowledged, with the "Anything unusual?" path offered (issue 12). */
const WORST_PAIN = 10;

interface LogSessionProps {
  accountId: string;
  exercise: TodayExercise;
  /** A session of this exercise is logged today (on the server or waiting in the outbox): ask before another. */
  loggedToday: boolean;
  onUnusual: () => void;
  /** Once the server has a log: it may change the dose at once (a RED session), so Today reads it again. */
  onSent: () => void;
}

export function LogSession({ accountId, exercise, loggedToday, onUnusual, onSent }: LogSessionProps) {
  const { t, i18n } = useTranslation('today');
  // The log names the sets too, so "I did it" is what the clinician asked for: "24 times (3 sets of 8)".
  const sets = setsText(t, i18n.language, exercise);
  const [stage, setStage] = useState<Step>({ name: 'dose' });
  const [confirmedAgain, setConfirmedAgain] = useState(false);
  /** A second log of the same exercise on one day is asked about first: one tap must not double it. */
  const go = (next: Step) => setStage(loggedToday && !confirmedAgain ? { name: 'again' } : next);
  const dose = (amount: number) => t(`dose.${exercise.unit}`, { count: amount });
  const step = stepFor(exercise);

  async function savePeak(done: number | 'quota', peak: number): Promise<void> {
    const write = await queueWrite('session', { exerciseId: exercise.id, done, peak });
    addAwaiting(accountId, { sessionId: write.id, exerciseName: exercise.name, loggedAt: Date.now() });
    setStage({ name: 'after', sessionId: write.id, peak });
    if (await whenSent(write.id)) onSent();
  }

  async function saveAfter(sessionId: string, peak: number, after: number): Promise<void> {
    const write = await queueWrite('session_after', { sessionId, after });
    removeAwaiting(accountId, sessionId);
    setStage({ name: 'saved', later: false, peak });
    if (await whenSent(write.id)) onSent();
  }

  switch (stage.name) {
    case 'dose':
      return (
        <div className="page-actions">
          <Button variant="primary" onClick={() => go({ name: 'peak', done: 'quota' })}>
            {sets === null
              ? t('log.didIt', { dose: dose(exercise.quota) })
              : t('log.didItSets', { dose: dose(exercise.quota), sets })}
          </Button>
          <Button
            variant="quiet"
            className="nonessential"
            onClick={() => go({ name: 'amount', done: exercise.quota })}
          >
            {t('log.other')}
          </Button>
        </div>
      );
    case 'again':
      return (
        <fieldset className="choices">
          <legend>{t('log.again', { exercise: exercise.name })}</legend>
          <div className="page-actions">
            <Button
              variant="primary"
              onClick={() => {
                setConfirmedAgain(true);
                setStage({ name: 'peak', done: 'quota' });
              }}
            >
              {t('log.againYes')}
            </Button>
            <Button onClick={() => setStage({ name: 'dose' })}>{t('log.againNo')}</Button>
          </div>
        </fieldset>
      );
    case 'amount':
      return (
        <fieldset className="choices">
          <legend>{t('log.amount')}</legend>
          <p className="lead" aria-live="polite">
            {dose(stage.done)}
          </p>
          <div className="stepper">
            <Button onClick={() => setStage({ name: 'amount', done: Math.max(0, stage.done - step) })}>
              {t('log.less')}
            </Button>
            <Button onClick={() => setStage({ name: 'amount', done: stage.done + step })}>
              {t('log.more')}
            </Button>
          </div>
          <div className="page-actions">
            <Button variant="primary" onClick={() => setStage({ name: 'peak', done: stage.done })}>
              {t('log.confirmAmount')}
            </Button>
          </div>
        </fieldset>
      );
    case 'peak':
      return (
        <PainPicker legend={t('log.peak')} value={null} onPick={(peak) => void savePeak(stage.done, peak)} />
      );
    case 'after':
      return (
        <>
          {stage.peak >= WORST_PAIN ? <WorstPain onUnusual={onUnusual} /> : null}
          <PainPicker
            legend={t('log.after')}
            value={null}
            onPick={(after) => void saveAfter(stage.sessionId, stage.peak, after)}
          />
          <div className="page-actions">
            <Button onClick={() => setStage({ name: 'saved', later: true, peak: stage.peak })}>
              {t('log.later')}
            </Button>
            {stage.peak >= WORST_PAIN ? null : (
              <Button variant="quiet" onClick={onUnusual}>
                {t('log.unusual')}
              </Button>
            )}
          </div>
        </>
      );
    case 'saved':
      if (stage.peak >= WORST_PAIN) {
        return (
          <>
            <p role="status">{t('log.savedWorst')}</p>
            <WorstPain onUnusual={onUnusual} />
          </>
        );
      }
      return <p role="status">{stage.later ? t('log.savedLater') : t('log.saved')}</p>;
  }
}

/** 10/10: said plainly and kindly, never "well done", with the way to tell us something felt different. */
function WorstPain({ onUnusual }: { onUnusual: () => void }) {
  const { t } = useTranslation('today');
  return (
    <div className="alert">
      <p>{t('log.worst')}</p>
      <p>{t('log.worstUnusual')}</p>
      <Button variant="primary" onClick={onUnusual}>
        {t('log.unusual')}
      </Button>
    </div>
  );
}
