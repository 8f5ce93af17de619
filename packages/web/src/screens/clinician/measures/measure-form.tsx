// A clinician records a measure for a patient — at an appointment, from a paper form: the instrument,
// the week (0, 6, 12), the date and the answers. PSFS starts from the patient's own activities. Errors
// name the field; a week already recorded is refused by the server and said so.
import { roundScore } from '@steadily/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/errors.ts';
import { type Instrument, type Measure, type MeasureWeek, saveMeasure } from '../../../api/measures.ts';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { newClientId } from '../../../offline/client-id.ts';
import { SelectField } from '../fields.tsx';
import { deviceToday } from '../format.ts';
import { checkMeasure, emptyDraft, INSTRUMENTS, type MeasureErrors, WEEKS } from './measure-entry.ts';

interface MeasureFormProps {
  patientId: string;
  measures: Measure[];
  onSaved: () => void;
}

function lastActivityNames(measures: Measure[]): string[] {
  const psfs = measures.filter((m) => m.instrument === 'PSFS').at(-1);
  return Array.isArray(psfs?.items) ? psfs.items.map((a: { name: string }) => a.name) : [];
}

export function MeasureForm({ patientId, measures, onSaved }: MeasureFormProps) {
  const { t } = useTranslation('clinician');
  const start = (instrument: Instrument, week: MeasureWeek) =>
    emptyDraft(instrument, week, deviceToday(), lastActivityNames(measures));
  const [draft, setDraft] = useState(() => start('PEG', 0));
  const [errors, setErrors] = useState<MeasureErrors>({});
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [key, setKey] = useState(newClientId);

  const message = (path: string) => {
    const error = errors[path];
    return error ? t(`measureForm.errors.${error.code}`, { max: error.max }) : null;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    const { input, errors: found } = checkMeasure(draft);
    setErrors(found);
    if (input === null) return;
    try {
      const saved = await saveMeasure(patientId, input, key);
      setStatus({
        text: t('measureForm.saved', {
          instrument: saved.instrument,
          week: saved.week,
          total: roundScore(saved.total),
        }),
        error: false,
      });
      setDraft(start(draft.instrument, draft.week));
      setKey(newClientId());
      onSaved();
    } catch (error) {
      const text = error instanceof ApiError ? error.message : t('errors.save');
      setStatus({ text: t('measureForm.refused', { message: text }), error: true });
    }
  }

  // Every item worded (PSEQ paraphrased: Nicholas 2007), so a paper form can be copied item by item.
  const item = (i: number) => t(`measureForm.${draft.instrument}.${i}`);
  return (
    <form className="card" aria-labelledby="measure-form-title" onSubmit={(e) => void submit(e)} noValidate>
      <h2 id="measure-form-title">{t('measureForm.title')}</h2>
      <div className="grid-form">
        <SelectField
          label={t('measureForm.instrument')}
          value={draft.instrument}
          onChange={(e) => {
            setErrors({});
            setDraft({ ...start(e.target.value as Instrument, draft.week), localDate: draft.localDate });
          }}
        >
          {INSTRUMENTS.map((i) => (
            <option key={i} value={i}>
              {t(`measureForm.names.${i}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('measureForm.week')}
          value={String(draft.week)}
          onChange={(e) => setDraft({ ...draft, week: Number(e.target.value) as MeasureWeek })}
        >
          {WEEKS.map((w) => (
            <option key={w} value={w}>
              {t('measureForm.weekN', { week: w })}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('measureForm.date')}
          type="date"
          value={draft.localDate}
          onChange={(e) => setDraft({ ...draft, localDate: e.target.value })}
          error={message('localDate')}
        />
        {draft.items.map((value, i) => (
          <TextField
            // biome-ignore lint/suspicious/noArrayIndexKey: the items of an instrument are fixed and in order
            key={i}
            label={item(i)}
            inputMode="numeric"
            value={value}
            onChange={(e) =>
              setDraft({ ...draft, items: draft.items.map((v, j) => (j === i ? e.target.value : v)) })
            }
            error={message(`items.${i}`)}
          />
        ))}
        {draft.instrument === 'PSFS'
          ? draft.activities.map((activity, i) => {
              const set = (patch: Partial<typeof activity>) =>
                setDraft({
                  ...draft,
                  activities: draft.activities.map((a, j) => (j === i ? { ...a, ...patch } : a)),
                });
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: three fixed rows
                <fieldset key={i} className="grid-form">
                  <legend>{t('measureForm.activityN', { n: i + 1 })}</legend>
                  <TextField
                    label={t('measureForm.activityName', { n: i + 1 })}
                    value={activity.name}
                    onChange={(e) => set({ name: e.target.value })}
                    error={message(`activities.${i}.name`)}
                  />
                  <TextField
                    label={t('measureForm.activityScore', { n: i + 1 })}
                    inputMode="numeric"
                    value={activity.score}
                    onChange={(e) => set({ score: e.target.value })}
                    error={message(`activities.${i}.score`)}
                  />
                </fieldset>
              );
            })
          : null}
      </div>
      <Button type="submit">{t('measureForm.save')}</Button>
      <p role="status" className={status?.error ? 'status-line field-error' : 'status-line'}>
        {status?.text ?? ''}
      </p>
    </form>
  );
}
