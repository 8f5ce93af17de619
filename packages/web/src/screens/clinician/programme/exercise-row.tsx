// One exercise of the draft: name, unit, step, maxQuota, sessions a week, baseline trials, the
// clinician's sets, load and rest beside the quota, and the
// instructions the patient will read (add your own notes there).
import { takesSets } from '@steadily/core';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { DoseFields } from '../dose-fields.tsx';
import { TextAreaField } from '../fields.tsx';
import type { Row, RowErrors } from './draft.ts';

interface RowProps {
  row: Row;
  index: number;
  errors: RowErrors;
  recorded: number[] | undefined;
  onChange: (row: Row) => void;
  onRemove: () => void;
}

export function ExerciseRow({ row, index, errors, recorded, onChange, onRemove }: RowProps) {
  const { t } = useTranslation('clinician');
  const set = (patch: Partial<Row>) => onChange({ ...row, ...patch });
  const error = (field: keyof RowErrors) => (errors[field] ? t(`builder.errors.${errors[field]}`) : null);
  return (
    <fieldset className="card" aria-labelledby={`${row.key}-legend`}>
      <legend id={`${row.key}-legend`} className="visually-hidden">
        {t('builder.exerciseN', { n: index + 1, name: row.name })}
      </legend>
      <div className="grid-form">
        <DoseFields labels="builder" values={row} onChange={set} error={error} />
        <TextField
          label={t('builder.perWeek')}
          inputMode="numeric"
          value={row.perWeek}
          onChange={(e) => set({ perWeek: e.target.value })}
          error={error('perWeek')}
        />
        <TextField
          label={t('builder.baseline')}
          hint={
            recorded && recorded.length > 0
              ? t('builder.baselineRecorded', { list: recorded.join(', ') })
              : t('builder.baselineHint')
          }
          value={row.baseline}
          onChange={(e) => set({ baseline: e.target.value })}
          error={error('baseline')}
        />
        {takesSets(row.unit) ? (
          <TextField
            label={t('builder.sets')}
            hint={t('builder.setsHint')}
            inputMode="numeric"
            value={row.sets}
            onChange={(e) => set({ sets: e.target.value })}
            error={error('sets')}
          />
        ) : null}
        <TextField
          label={t('builder.loadKg')}
          hint={t('builder.loadKgHint')}
          inputMode="decimal"
          value={row.loadKg}
          onChange={(e) => set({ loadKg: e.target.value })}
          error={error('loadKg')}
        />
        {takesSets(row.unit) ? (
          <TextField
            label={t('builder.restSeconds')}
            inputMode="numeric"
            value={row.restSeconds}
            onChange={(e) => set({ restSeconds: e.target.value })}
            error={error('restSeconds')}
          />
        ) : null}
      </div>
      <TextAreaField
        label={t('builder.instructions')}
        hint={t('builder.instructionsHint')}
        value={row.instructions}
        onChange={(e) => set({ instructions: e.target.value })}
      />
      <Button className="small" onClick={onRemove} aria-label={t('builder.removeNamed', { name: row.name })}>
        {t('builder.remove')}
      </Button>
    </fieldset>
  );
}
