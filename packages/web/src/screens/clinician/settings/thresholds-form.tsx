// Per-person thresholds (SPEC §14): every number is a default the clinician may change. Each field
// shows the SPEC default and the presets' default beside it; a change to a running programme becomes
// an engine event (set_thresholds) from today on.
import { DEFAULT_THRESHOLDS, type PresetId, resolveThresholds } from '@steadily/core';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/errors.ts';
import { type PatientRecord, putThresholds } from '../../../api/record.ts';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/text-field.tsx';
import {
  type FieldError,
  readThresholds,
  THRESHOLD_FIELDS,
  type ThresholdKey,
  textsOf,
} from './threshold-fields.ts';

const show = (value: number | number[]) => (Array.isArray(value) ? value.join(', ') : String(value));

function errorText(error: FieldError | undefined, t: TFunction): string | null {
  if (error === undefined) return null;
  if (error.code !== 'range') return t(`thresholds.errors.${error.code}`);
  const { rule } = error;
  const key = `${rule.minOpen ? 'above' : 'from'}_${rule.maxOpen ? 'below' : 'to'}`;
  return t(`thresholds.errors.range.${key}`, { min: rule.min, max: rule.max });
}

export function ThresholdsForm({ record, onSaved }: { record: PatientRecord; onSaved: () => void }) {
  const { t } = useTranslation('clinician');
  const presets = (record.presets.length > 0 ? record.presets : ['default']) as PresetId[];
  const withPresets = resolveThresholds(presets);
  const current = resolveThresholds(presets, record.thresholds);
  const [texts, setTexts] = useState(() => textsOf(current));
  const [errors, setErrors] = useState<Partial<Record<ThresholdKey, FieldError>>>({});
  const [serverError, setServerError] = useState<{ field: string; message: string } | null>(null);
  const [status, setStatus] = useState('');
  const running = record.programme.active !== null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    setServerError(null);
    const read = readThresholds(texts, current);
    setErrors(read.errors);
    if (Object.keys(read.errors).length > 0) {
      setStatus(t('thresholds.fix', { count: Object.keys(read.errors).length }));
      return;
    }
    if (Object.keys(read.changes).length === 0) {
      setStatus(t('thresholds.nothing'));
      return;
    }
    try {
      await putThresholds(record.id, read.changes);
      setStatus(running ? t('thresholds.savedRunning') : t('thresholds.saved'));
      onSaved();
    } catch (error) {
      if (error instanceof ApiError) setServerError({ field: error.field ?? '', message: error.message });
      else setStatus(t('errors.save'));
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="thresholds-title">
      <h2 id="thresholds-title">{t('thresholds.title')}</h2>
      <p>{t('thresholds.lead')}</p>
      <div className="grid-form">
        {THRESHOLD_FIELDS.map(({ key }) => {
          const spec = DEFAULT_THRESHOLDS[key];
          const preset = withPresets[key];
          const changed = show(current[key]) !== show(preset);
          const server = serverError?.field.endsWith(key) ? serverError.message : null;
          return (
            <TextField
              key={key}
              label={t(`thresholds.labels.${key}`)}
              hint={[
                t('thresholds.specDefault', { value: show(spec) }),
                show(preset) !== show(spec) ? t('thresholds.presetDefault', { value: show(preset) }) : null,
                changed ? t('thresholds.changed') : null,
              ]
                .filter(Boolean)
                .join(' · ')}
              inputMode={key === 'flareFactors' ? 'text' : 'decimal'}
              value={texts[key]}
              onChange={(event) => setTexts({ ...texts, [key]: event.target.value })}
              error={errorText(errors[key], t) ?? server}
            />
          );
        })}
      </div>
      <Button type="submit" variant="primary">
        {t('thresholds.save')}
      </Button>
      <p role="status" className="status-line">
        {status}
      </p>
    </form>
  );
}
