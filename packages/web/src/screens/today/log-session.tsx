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
  | { name: 'amount'; done: number }
  | { name: 'peak'; done: number | 'quota' }
  | { name: 'after'; sessionId: string }
  | { name: 'saved'; later: boolean };

interface LogSessionProps {
  accountId: string;
  exercise: TodayExercise;
  onUnusual: () => void;
  /** Once the server has a log: it may change the dose at once (a RED session), so Today reads it again. */
  onSent: () => void;
}

export function LogSession({ accountId, exercise, onUnusual, onSent }: LogSessionProps) {
  const { t, i18n } = useTranslation('today');
  // The log names the sets too, so "I did it" is what the clinician asked for: "24 times (3 sets of 8)".
  const sets = setsText(t, i18n.language, exercise);
  const [stage, setStage] = useState<Step>({ name: 'dose' });
  const dose = (amount: number) => t(`dose.${exercise.unit}`, { count: amount });
  const step = stepFor(exercise);

  async function savePeak(done: number | 'quota', peak: number): Promise<void> {
    const write = await queueWrite('session', { exerciseId: exercise.id, done, peak });
    addAwaiting(accountId, { sessionId: write.id, exerciseName: exercise.name, loggedAt: Date.now() });
    setStage({ name: 'after', sessionId: write.id });
    if (await whenSent(write.id)) onSent();
  }

  async function saveAfter(sessionId: string, after: number): Promise<void> {
    const write = await queueWrite('session_after', { sessionId, after });
    removeAwaiting(accountId, sessionId);
    setStage({ name: 'saved', later: false });
    if (await whenSent(write.id)) onSent();
  }

  switch (stage.name) {
    case 'dose':
      return (
        <div className="page-actions">
          <Button variant="primary" onClick={() => setStage({ name: 'peak', done: 'quota' })}>
            {sets === null
              ? t('log.didIt', { dose: dose(exercise.quota) })
              : t('log.didItSets', { dose: dose(exercise.quota), sets })}
          </Button>
          <Button
            variant="quiet"
            className="nonessential"
            onClick={() => setStage({ name: 'amount', done: exercise.quota })}
          >
            {t('log.other')}
          </Button>
        </div>
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
          <PainPicker
            legend={t('log.after')}
            value={null}
            onPick={(after) => void saveAfter(stage.sessionId, after)}
          />
          <div className="page-actions">
            <Button onClick={() => setStage({ name: 'saved', later: true })}>{t('log.later')}</Button>
            <Button variant="quiet" onClick={onUnusual}>
              {t('log.unusual')}
            </Button>
          </div>
        </>
      );
    case 'saved':
      return <p role="status">{stage.later ? t('log.savedLater') : t('log.saved')}</p>;
  }
}
