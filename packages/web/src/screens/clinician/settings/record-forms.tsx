// Clearance, conditions (which choose the presets of SPEC §9) and the reference morning pain.
import { CONDITION_IDS, type ConditionId, type PresetId } from '@steadily/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/errors.ts';
import { type PatientRecord, putConditions, putReferencePain, recordClearance } from '../../../api/record.ts';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { deviceToday, formatDate } from '../format.ts';

interface FormProps {
  record: PatientRecord;
  onSaved: () => void;
}

export function ClearanceForm({ record, onSaved }: FormProps) {
  const { t, i18n } = useTranslation('clinician');
  const [clearedOn, setClearedOn] = useState(deviceToday());
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await recordClearance(record.id, { clearedOn });
      setError(null);
      setStatus(t('clearance.saved'));
      onSaved();
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.field === 'clearedOn' ? t('clearance.future') : t('errors.save'),
      );
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="clearance-title">
      <h2 id="clearance-title">{t('clearance.title')}</h2>
      <p>
        {record.screeningStatus === 'needs_clearance'
          ? t('clearance.needed')
          : record.screeningStatus === 'stopped'
            ? t('clearance.stopped')
            : t('clearance.notNeeded')}
      </p>
      {record.clearance === null ? null : (
        <p className="card highlight">
          {t('clearance.recorded', { date: formatDate(record.clearance.clearedOn, i18n.language) })}
        </p>
      )}
      <div className="inline-form">
        <TextField
          label={t('clearance.date')}
          type="date"
          max={deviceToday()}
          value={clearedOn}
          onChange={(event) => setClearedOn(event.target.value)}
          error={error}
        />
        <Button type="submit">{t('clearance.record')}</Button>
      </div>
      <p role="status" className="status-line">
        {status}
      </p>
    </form>
  );
}

export function ConditionsForm({ record, onSaved }: FormProps) {
  const { t } = useTranslation('clinician');
  const [chosen, setChosen] = useState<ConditionId[]>(record.conditions as ConditionId[]);
  const [presets, setPresets] = useState<string[]>(record.presets);
  const [status, setStatus] = useState('');
  const toggle = (id: ConditionId, on: boolean) =>
    setChosen((list) => (on ? [...list, id] : list.filter((c) => c !== id)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await putConditions(record.id, chosen);
    setPresets(result.presets);
    setStatus(t('conditions.saved'));
    onSaved();
  }

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="conditions-title">
      <h2 id="conditions-title">{t('conditions.title')}</h2>
      <fieldset className="choices">
        <legend>{t('conditions.legend')}</legend>
        <div className="grid-form">
          {CONDITION_IDS.map((id) => (
            <label key={id} className="choice">
              <input
                type="checkbox"
                checked={chosen.includes(id)}
                onChange={(event) => toggle(id, event.target.checked)}
              />
              {t(`conditions.ids.${id}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <p>
        {t('conditions.presets', {
          list: (presets as PresetId[]).map((p) => t(`presets.${p}`)).join(', '),
        })}{' '}
        {record.programme.active === null ? '' : t('conditions.runningNote')}
      </p>
      <Button type="submit">{t('conditions.save')}</Button>
      <p role="status" className="status-line">
        {status}
      </p>
    </form>
  );
}

export function ReferencePainForm({ record, onSaved }: FormProps) {
  const { t } = useTranslation('clinician');
  const [value, setValue] = useState(
    record.referenceMorningPain === null ? '' : String(record.referenceMorningPain),
  );
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const pain = Number(value.replace(',', '.'));
    if (value.trim() === '' || !(pain >= 0 && pain <= 10)) {
      setError(t('referencePain.range'));
      return;
    }
    await putReferencePain(record.id, pain);
    setError(null);
    setStatus(t('referencePain.saved'));
    onSaved();
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="reference-title">
      <h2 id="reference-title">{t('referencePain.title')}</h2>
      <p>{record.programme.active === null ? t('referencePain.lead') : t('referencePain.running')}</p>
      <div className="inline-form">
        <TextField
          label={t('referencePain.label')}
          inputMode="decimal"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          error={error}
        />
        <Button type="submit">{t('referencePain.save')}</Button>
      </div>
      <p role="status" className="status-line">
        {status}
      </p>
    </form>
  );
}
