// "Anything unusual?" (SPEC §2 safety symptoms): a tap on what the person notices. Urgent symptoms,
// drawn apart, ask once "are you having it now?" and then show what to do at once, on the device, even
// offline; pausing ones ask which exercise, then pause it.
import { PAUSING_SYMPTOMS, type SafetySymptom, URGENT_SYMPTOMS } from '@steadily/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getToday, type Today, type TodayExercise } from '../../api/today.ts';
import { useSession } from '../../app/session.tsx';
import { ButtonLink } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';
import { queueWrite } from '../../offline/outbox.ts';
import { PausedMessage, UrgentMessage } from './symptom-outcomes.tsx';
import { ConfirmUrgent, SymptomButtons, WhichExercise } from './symptom-pickers.tsx';

type Step =
  | { name: 'pick' }
  | { name: 'which'; symptom: SafetySymptom }
  | { name: 'confirm'; symptom: SafetySymptom }
  | { name: 'urgent' }
  | { name: 'paused'; exercise: TodayExercise | null };

export default function UnusualScreen() {
  const { t } = useTranslation('safety');
  const [step, setStep] = useState<Step>({ name: 'pick' });
  // Null while today's plan loads: a pausing symptom then waits to ask which exercise, never guesses none.
  const [exercises, setExercises] = useState<TodayExercise[] | null>(null);
  const [safety, setSafety] = useState<Today['safety']>(undefined);
  const { session } = useSession();
  const accountId = session.status === 'signed_in' ? session.me.id : null;

  useEffect(() => {
    if (accountId === null) return;
    getToday(accountId).then(
      (today) => {
        setExercises((today?.exercises ?? []).filter((exercise) => !exercise.paused));
        setSafety(today?.safety);
      },
      () => setExercises([]),
    );
  }, [accountId]);

  async function report(symptom: SafetySymptom, exercise: TodayExercise | null): Promise<void> {
    const urgent = (URGENT_SYMPTOMS as readonly string[]).includes(symptom);
    setStep(urgent ? { name: 'urgent' } : { name: 'paused', exercise });
    await queueWrite('symptom', exercise === null ? { symptom } : { symptom, exerciseId: exercise.id });
  }

  function pick(symptom: SafetySymptom): void {
    const urgent = (URGENT_SYMPTOMS as readonly string[]).includes(symptom);
    if (urgent) setStep({ name: 'confirm', symptom });
    else if (exercises?.length === 0) void report(symptom, null);
    else setStep({ name: 'which', symptom });
  }

  if (step.name === 'urgent') return <UrgentMessage safety={safety} />;
  if (step.name === 'paused') return <PausedMessage exercise={step.exercise} safety={safety} />;
  if (step.name === 'confirm') {
    return (
      <ConfirmUrgent
        symptom={step.symptom}
        onYes={() => void report(step.symptom, null)}
        onNo={() => setStep({ name: 'pick' })}
      />
    );
  }
  if (step.name === 'which') {
    return (
      <WhichExercise exercises={exercises ?? []} onPick={(exercise) => void report(step.symptom, exercise)} />
    );
  }
  return (
    <Page
      title={t('unusual.title')}
      actions={
        <ButtonLink to="/today" variant="quiet">
          {t('unusual.fine')}
        </ButtonLink>
      }
    >
      <p>{t('unusual.lead')}</p>
      <SymptomButtons legend={t('unusual.urgentLegend')} symptoms={URGENT_SYMPTOMS} onPick={pick} urgent />
      <SymptomButtons legend={t('unusual.pausingLegend')} symptoms={PAUSING_SYMPTOMS} onPick={pick} />
    </Page>
  );
}
