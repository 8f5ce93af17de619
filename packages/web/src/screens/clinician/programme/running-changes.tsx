// Changes to the running programme that keep the patient's progress: add one exercise (it starts at
// its own starting dose, SPEC §3) or take one out (its history stays). Replacing the whole programme,
// below, starts every exercise again from its baseline.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/errors.ts';
import { type LibraryExercise, textIn } from '../../../api/library.ts';
import { addExercise, type Programme, removeExercise } from '../../../api/record.ts';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { SelectField } from '../fields.tsx';
import { baselineOf, checkRow, rowFromLibrary, toInput } from './draft.ts';

interface RunningChangesProps {
  patientId: string;
  locale: string;
  running: Programme;
  library: LibraryExercise[];
  onChanged: () => void;
}

export function RunningChanges({ patientId, locale, running, library, onChanged }: RunningChangesProps) {
  const { t, i18n } = useTranslation('clinician');
  const [pick, setPick] = useState('');
  const [baseline, setBaseline] = useState('');
  const [baselineError, setBaselineError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const current = running.exercises.filter((e) => !e.removed);
  const inPlan = new Set(current.map((e) => e.libraryExerciseId));
  const choices = library.filter((e) => !inPlan.has(e.id));

  function refused(error: unknown) {
    const message = error instanceof ApiError ? error.message : t('errors.save');
    setStatus({ text: t('builder.refused', { message }), error: true });
  }

  async function add() {
    setStatus(null);
    const entry = library.find((e) => e.id === pick);
    if (entry === undefined) {
      setStatus({ text: t('running.pickFirst'), error: true });
      return;
    }
    const row = { ...rowFromLibrary(entry, locale), baseline };
    if (checkRow(row).baseline !== undefined || baselineOf(row).length === 0) {
      setBaselineError(t('builder.errors.baseline'));
      return;
    }
    setBaselineError(null);
    try {
      const outcome = await addExercise(patientId, toInput(row));
      const reason = outcome.decisions.at(-1)?.reason ?? '';
      setStatus({ text: t('running.added', { name: row.name, reason }), error: false });
      setPick('');
      setBaseline('');
      onChanged();
    } catch (error) {
      refused(error);
    }
  }

  async function remove(exerciseId: string, name: string) {
    setStatus(null);
    try {
      await removeExercise(patientId, exerciseId);
      setConfirming(null);
      setStatus({ text: t('running.removed', { name }), error: false });
      onChanged();
    } catch (error) {
      refused(error);
    }
  }

  return (
    <section aria-labelledby="running-title" className="card">
      <h2 id="running-title">{t('running.title')}</h2>
      <p>{t('running.lead')}</p>
      <ul className="list-plain">
        {current.map((e) => (
          <li key={e.id} className="inline-form">
            <span>{e.name}</span>
            {confirming === e.id ? (
              <>
                <Button className="small" variant="primary" onClick={() => void remove(e.id, e.name)}>
                  {t('running.removeYes', { name: e.name })}
                </Button>
                <Button className="small" onClick={() => setConfirming(null)}>
                  {t('running.keep')}
                </Button>
              </>
            ) : (
              <Button className="small" onClick={() => setConfirming(e.id)} disabled={current.length === 1}>
                {t('running.remove', { name: e.name })}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <div className="grid-form">
        <SelectField label={t('running.pick')} value={pick} onChange={(e) => setPick(e.target.value)}>
          <option value="">{t('running.choose')}</option>
          {choices.map((e) => (
            <option key={e.id} value={e.id}>
              {textIn(e.name, i18n.language)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('builder.baseline')}
          hint={t('running.baselineHint')}
          value={baseline}
          onChange={(e) => setBaseline(e.target.value)}
          error={baselineError}
        />
      </div>
      <Button onClick={() => void add()}>{t('running.add')}</Button>
      <p role="status" className={status?.error ? 'status-line field-error' : 'status-line'}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
