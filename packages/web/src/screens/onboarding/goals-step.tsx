// Personal goals (PSFS, SPEC §3): up to 3 activities that pain makes hard, each scored 0–10 for how
// well the person can do it now. At weeks 6 and 12 the same activities are scored again.
import { PSFS_SHAPE } from '@steadily/core';
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Activity, type MeasureWeek, recordMeasure } from '../../api/measures.ts';
import { Button } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';
import { ScalePicker } from '../../components/scale-picker.tsx';
import { TextField } from '../../components/text-field.tsx';
import { newClientId } from '../../offline/client-id.ts';
import { toLocalDate } from '../../offline/local-date.ts';
import { SaveError } from './save-error.tsx';
import { useStoredAnswers } from './stored-answers.ts';

const MAX_GOALS = PSFS_SHAPE.activities;

interface GoalsStepProps {
  accountId: string;
  week: MeasureWeek;
  /** The activities named at week 0, scored again at weeks 6 and 12; none at week 0. */
  earlier: string[];
  progress: string;
  onSaved: () => void;
}

type Draft = { activities: { name: string; score: number | null }[]; adding: boolean };

export function GoalsStep({ accountId, week, earlier, progress, onSaved }: GoalsStepProps) {
  const { t } = useTranslation('onboarding');
  const rescoring = earlier.length > 0;
  const [draft, setDraft, clearDraft] = useStoredAnswers<Draft>(
    `steadily.measure.${accountId}.PSFS.${week}`,
    {
      activities: earlier.map((name) => ({ name, score: null })),
      adding: !rescoring,
    },
  );
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  const key = useMemo(() => newClientId(), []);

  async function save(activities: Activity[]): Promise<void> {
    setSaving(true);
    setFailed(null);
    try {
      await recordMeasure(
        accountId,
        { instrument: 'PSFS', week, localDate: toLocalDate(new Date()), activities },
        key,
      );
      clearDraft();
      onSaved();
    } catch (error) {
      setFailed(error);
    } finally {
      setSaving(false);
    }
  }

  function addName(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('goal') ?? '').trim();
    if (name === '') return;
    setDraft({ activities: [...draft.activities, { name, score: null }], adding: false });
  }

  function score(value: number): void {
    const activities = draft.activities.map((a, i) => (i === unscored ? { ...a, score: value } : a));
    setDraft({ ...draft, activities });
    const done = activities.every((a) => a.score !== null);
    if (done && (rescoring || activities.length >= MAX_GOALS)) void save(activities as Activity[]);
  }

  const unscored = draft.activities.findIndex((a) => a.score === null);
  const current = draft.activities[unscored];
  const frame = (children: ReactNode, actions?: ReactNode) => (
    <Page title={t('goals.title')} top={<p className="muted">{progress}</p>} actions={actions}>
      {children}
      {saving ? (
        <p role="status" className="muted">
          {t('saving')}
        </p>
      ) : null}
      {failed === null ? null : (
        <SaveError error={failed} onRetry={() => void save(draft.activities as Activity[])} />
      )}
    </Page>
  );

  if (draft.adding) {
    const number = draft.activities.length + 1;
    return frame(
      <form id="goal-form" onSubmit={addName}>
        {number === 1 ? <p className="lead">{t('goals.intro')}</p> : null}
        <TextField
          name="goal"
          label={t('goals.nameLabel', { number })}
          hint={t('goals.example')}
          autoComplete="off"
          maxLength={200}
          required
        />
      </form>,
      <Button type="submit" form="goal-form" variant="primary">
        {t('next')}
      </Button>,
    );
  }
  if (current !== undefined) {
    return frame(
      <>
        {rescoring ? <p className="lead">{t('goals.rescoreIntro')}</p> : null}
        <p className="question">{current.name}</p>
        <ScalePicker
          key={unscored}
          legend={t('goals.scoreLegend')}
          max={PSFS_SHAPE.max}
          anchors={[t('goals.anchorLow'), t('goals.anchorHigh')]}
          labelOf={(n) => t('outOf', { value: n, max: PSFS_SHAPE.max })}
          value={null}
          onPick={score}
          disabled={saving}
        />
      </>,
    );
  }
  return frame(
    <>
      <p className="lead">{t('goals.more')}</p>
      <ul className="points">
        {draft.activities.map((a) => (
          <li key={a.name}>{t('goals.scored', { name: a.name, score: a.score })}</li>
        ))}
      </ul>
    </>,
    <>
      <Button variant="primary" disabled={saving} onClick={() => void save(draft.activities as Activity[])}>
        {t('goals.done')}
      </Button>
      <Button disabled={saving} onClick={() => setDraft({ ...draft, adding: true })}>
        {t('goals.addAnother')}
      </Button>
    </>,
  );
}
