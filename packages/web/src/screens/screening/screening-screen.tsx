// The safety questions of SPEC §2, one at a time with big Yes/No answers, or as a checklist where a
// single "None of these" is the common answer. Ends on the outcome (see screening-outcome.tsx).
import {
  CLEARANCE_QUESTIONS,
  FOLLOW_UP_QUESTIONS,
  type FollowUpCondition,
  RED_FLAG_IDS,
  type RedFlagId,
} from '@steadily/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';
import { Checklist } from './checklist.tsx';
import {
  type Answers,
  followUpIds,
  NO_ANSWERS,
  nextStage,
  previousStage,
  type Stage,
} from './screening-flow.ts';
import { ScreeningOutcome } from './screening-outcome.tsx';
import { YesNo } from './yes-no.tsx';

const CONDITIONS = Object.keys(FOLLOW_UP_QUESTIONS) as FollowUpCondition[];

export default function ScreeningScreen() {
  const { t } = useTranslation('screening');
  const [stage, setStage] = useState<Stage>({ kind: 'intro' });
  const [answers, setAnswers] = useState<Answers>(NO_ANSWERS);

  function answer(change: Partial<Answers>): void {
    const next = { ...answers, ...change };
    setAnswers(next);
    setStage(nextStage(stage, next));
  }
  const back = (
    <Button variant="quiet" onClick={() => setStage(previousStage(stage, answers))}>
      {t('back')}
    </Button>
  );

  if (stage.kind === 'done') return <ScreeningOutcome answers={answers} />;
  if (stage.kind === 'intro') {
    return (
      <Page
        title={t('title')}
        actions={
          <Button variant="primary" onClick={() => setStage(nextStage(stage, answers))}>
            {t('intro.start')}
          </Button>
        }
      >
        <p className="lead">{t('intro.lead')}</p>
        <p>{t('intro.note')}</p>
      </Page>
    );
  }
  if (stage.kind === 'conditions' || stage.kind === 'redFlags') {
    const conditions = stage.kind === 'conditions';
    const ns = conditions ? 'conditions' : 'redFlags';
    const ids: readonly string[] = conditions ? CONDITIONS : RED_FLAG_IDS;
    return (
      <Page title={t('title')} after={back} key={stage.kind}>
        <Checklist
          legend={t(`${ns}.legend`)}
          items={ids.map((id) => ({ value: id, label: t(`${ns}.${id}`) }))}
          initial={conditions ? answers.conditions : answers.redFlags}
          noneLabel={t(`${ns}.none`)}
          nextLabel={t(`${ns}.next`)}
          onDone={(chosen) =>
            answer(
              conditions
                ? { conditions: chosen as FollowUpCondition[] }
                : { redFlags: chosen as RedFlagId[] },
            )
          }
        />
      </Page>
    );
  }

  const question = questionFor(stage, answers);
  return (
    <Page
      title={t('title')}
      actions={
        <>
          <YesNo labelledBy="question" value={question.value} onAnswer={question.answer} />
          {back}
        </>
      }
    >
      {question.position ? <p className="muted">{question.position}</p> : null}
      <p id="question" className="question" aria-live="polite">
        {question.text}
      </p>
    </Page>
  );

  function questionFor(current: Stage, given: Answers) {
    if (current.kind === 'clearance') {
      const id = CLEARANCE_QUESTIONS[current.index] ?? '';
      return {
        text: t(`clearance.${id}`),
        position: t('progress', { current: current.index + 1, total: CLEARANCE_QUESTIONS.length }),
        value: given.general[current.index],
        answer: (yes: boolean) => {
          const general = [...given.general];
          general[current.index] = yes;
          answer({ general });
        },
      };
    }
    if (current.kind === 'followUp') {
      const ids = followUpIds(given.conditions);
      const id = ids[current.index] ?? '';
      return {
        text: t(`followUps.${id}`),
        position: t('progress', { current: current.index + 1, total: ids.length }),
        value: given.followUps[id],
        answer: (yes: boolean) => answer({ followUps: { ...given.followUps, [id]: yes } }),
      };
    }
    return {
      text: t('pem.question'),
      position: null,
      value: given.pem ?? undefined,
      answer: (pem: boolean) => answer({ pem }),
    };
  }
}
