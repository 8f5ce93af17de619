// PEG, PSEQ and PHQ-2 (SPEC §3), one question per screen with one-tap answers. Answers so far stay on
// the device until the whole questionnaire is saved, so the person can stop and go on later.
import { QUESTIONNAIRE_ITEMS, type QuestionnaireId } from '@steadily/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type MeasureWeek, recordMeasure } from '../../api/measures.ts';
import { Button } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';
import { ScalePicker } from '../../components/scale-picker.tsx';
import { newClientId } from '../../offline/client-id.ts';
import { toLocalDate } from '../../offline/local-date.ts';
import { SaveError } from './save-error.tsx';
import { useStoredAnswers } from './stored-answers.ts';

/** Each questionnaire's section of the onboarding catalogue. */
const NAMESPACE: Record<QuestionnaireId, string> = { PEG: 'peg', PSEQ: 'pseq', PHQ2: 'phq2' };

interface QuestionnaireProps {
  instrument: QuestionnaireId;
  week: MeasureWeek;
  accountId: string;
  /** "Step 3 of 9": where this is in the whole flow. */
  progress: string;
  /** Called with the saved answers once the server has them. */
  onSaved: (items: number[]) => void;
}

export function Questionnaire({ instrument, week, accountId, progress, onSaved }: QuestionnaireProps) {
  const { t } = useTranslation('onboarding');
  const ns = NAMESPACE[instrument];
  const { count, max } = QUESTIONNAIRE_ITEMS[instrument];
  const [answers, setAnswers, clearAnswers] = useStoredAnswers<(number | null)[]>(
    `steadily.measure.${accountId}.${instrument}.${week}`,
    Array.from({ length: count }, () => null),
  );
  const [index, setIndex] = useState(() => Math.max(0, answers.indexOf(null)));
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  const key = useMemo(() => newClientId(), []);

  async function save(items: number[]): Promise<void> {
    setSaving(true);
    setFailed(null);
    try {
      await recordMeasure(accountId, { instrument, week, localDate: toLocalDate(new Date()), items }, key);
      clearAnswers();
      onSaved(items);
    } catch (error) {
      setFailed(error);
    } finally {
      setSaving(false);
    }
  }

  function answer(value: number): void {
    const next = answers.map((a, i) => (i === index ? value : a));
    setAnswers(next);
    if (index < count - 1) setIndex(index + 1);
    else void save(next as number[]);
  }

  const legend = t(`${ns}.items.${index}`);
  const value = answers[index] ?? null;
  return (
    <Page
      title={t(`${ns}.title`)}
      top={<p className="muted">{progress}</p>}
      actions={
        index > 0 ? (
          <Button variant="quiet" onClick={() => setIndex(index - 1)}>
            {t('back')}
          </Button>
        ) : undefined
      }
    >
      <p>{t(`${ns}.intro`)}</p>
      <p className="muted" aria-live="polite">
        {t('questionOf', { current: index + 1, total: count })}
      </p>
      {instrument === 'PHQ2' ? (
        <OptionList
          legend={legend}
          options={t('phq2.options', { returnObjects: true }) as string[]}
          value={value}
          onPick={answer}
          disabled={saving}
        />
      ) : (
        <ScalePicker
          key={index}
          legend={legend}
          max={max}
          anchors={anchorsFor(instrument, index, t)}
          labelOf={(n) => t('outOf', { value: n, max })}
          value={value}
          onPick={answer}
          disabled={saving}
        />
      )}
      {saving ? (
        <p role="status" className="muted">
          {t('saving')}
        </p>
      ) : null}
      {failed === null ? null : <SaveError error={failed} onRetry={() => void save(answers as number[])} />}
    </Page>
  );
}

function anchorsFor(
  instrument: QuestionnaireId,
  index: number,
  t: (key: string) => string,
): [string, string] {
  if (instrument === 'PSEQ') return [t('pseq.anchorLow'), t('pseq.anchorHigh')];
  if (index === 0) return [t('common:pain.anchorNone'), t('common:pain.anchorWorst')];
  return [t('peg.anchorLow'), t('peg.anchorHigh')];
}

interface OptionListProps {
  legend: string;
  options: string[];
  value: number | null;
  onPick: (value: number) => void;
  disabled: boolean;
}

/** Worded answers as a column of large buttons (PHQ-2: "Not at all" … "Nearly every day"). */
function OptionList({ legend, options, value, onPick, disabled }: OptionListProps) {
  return (
    <fieldset className="choices">
      <legend className="question">{legend}</legend>
      <div className="option-list">
        {options.map((option, n) => (
          <Button key={option} aria-pressed={value === n} disabled={disabled} onClick={() => onPick(n)}>
            {option}
          </Button>
        ))}
      </div>
    </fieldset>
  );
}
