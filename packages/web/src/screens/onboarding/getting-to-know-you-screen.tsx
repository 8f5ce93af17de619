// "Getting to know you" (issue 5): after the safety questions, one step at a time — conditions, goals,
// PEG, PSEQ, PHQ-2, a usual morning's pain, exercises, baseline tries, start. Each step is saved on
// the server as it is answered, so the next visit starts where the person stopped.
import { Fragment, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { Button, ButtonLink } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';
import { BaselineStep } from './baseline-step.tsx';
import { ConditionsStep } from './conditions-step.tsx';
import { ExercisesStep } from './exercises-step.tsx';
import { loadFacts } from './facts.ts';
import { GoalsStep } from './goals-step.tsx';
import { Questionnaire } from './questionnaire.tsx';
import { ReferenceStep } from './reference-step.tsx';
import { SaveError } from './save-error.tsx';
import { StartStep } from './start-step.tsx';
import { type Facts, onboardingProgress } from './steps.ts';
import { SupportNote } from './support-note.tsx';
import '../../styles/onboarding.css';

/** PHQ-2 ≥ 3 (SPEC §3): suggest talking to a clinician, kindly, never as a diagnosis. */
const PHQ2_SUGGEST = 3;

/** The start step can show the safety screens' clearance form: its words load with this screen. */
const NAMESPACES = ['onboarding', 'screening'];

export default function GettingToKnowYouScreen() {
  const { t } = useTranslation(NAMESPACES);
  const { session } = useSession();
  const accountId = session.status === 'signed_in' ? session.me.id : '';
  const [facts, setFacts] = useState<Facts | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [support, setSupport] = useState(false);

  const load = useCallback(() => {
    if (accountId === '') return;
    setFailed(null);
    loadFacts(accountId).then(setFacts, setFailed);
  }, [accountId]);
  useEffect(load, [load]);

  const progress = facts === null ? null : onboardingProgress(facts);
  const finished = progress !== null && progress.next === null;
  useEffect(() => {
    if (finished) navigate('/today', { replace: true });
  }, [finished]);

  if (failed !== null) {
    return (
      <Page title={t('title')}>
        <SaveError error={failed} onRetry={load} />
      </Page>
    );
  }
  if (facts === null || progress === null || progress.next === null) {
    return (
      <p role="status" className="muted">
        {t('common:loading')}
      </p>
    );
  }

  const { record, programme } = facts;
  if (support) return <SupportNote selfGuided={record.selfGuided} onNext={() => setSupport(false)} />;
  const step = progress.next;
  const label = t('stepOf', { current: progress.steps.indexOf(step) + 1, total: progress.steps.length });
  const common = { accountId, progress: label, onSaved: load };
  // Keyed by step: each step starts with its own state, never the last step's answers.
  return <Fragment key={step}>{renderStep()}</Fragment>;

  function renderStep() {
    switch (step) {
      case 'conditions':
        return <ConditionsStep {...common} initial={record.conditions} />;
      case 'goals':
        return <GoalsStep {...common} week={0} earlier={[]} />;
      case 'peg':
        return <Questionnaire {...common} instrument="PEG" week={0} />;
      case 'pseq':
        return <Questionnaire {...common} instrument="PSEQ" week={0} />;
      case 'phq2':
        return (
          <Questionnaire
            {...common}
            instrument="PHQ2"
            week={0}
            onSaved={(items) => {
              if (items.reduce((sum, n) => sum + n, 0) >= PHQ2_SUGGEST) setSupport(true);
              load();
            }}
          />
        );
      case 'reference':
        return <ReferenceStep {...common} />;
      case 'exercises':
        if (!record.selfGuided && programme === null) {
          return (
            <Page
              title={t('exercises.waitTitle')}
              top={<p className="muted">{label}</p>}
              actions={
                <ButtonLink to="/today" variant="primary">
                  {t('toToday')}
                </ButtonLink>
              }
            >
              <p className="lead">{t('exercises.waitBody')}</p>
              <Button variant="quiet" onClick={load}>
                {t('common:actions.retry')}
              </Button>
            </Page>
          );
        }
        return <ExercisesStep {...common} conditions={record.conditions} />;
      case 'baseline':
        return programme === null ? null : <BaselineStep {...common} programme={programme} />;
      case 'start':
        return <StartStep record={record} programme={programme} progress={label} onSaved={load} />;
    }
  }
}
