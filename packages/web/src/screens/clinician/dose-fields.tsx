// The fields every exercise is dosed by — name, unit, step and maximum dose — shared by the programme
// builder and the clinician's own-exercise form. Labels come from the calling form's catalogue section.
import { stepFor, type Unit } from '@steadily/core';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/text-field.tsx';
import { SelectField } from './fields.tsx';

export interface DoseValues {
  name: string;
  unit: Unit;
  step: string;
  maxQuota: string;
}

interface DoseFieldsProps {
  /** The catalogue section with name, unit, step, stepHint and maxQuota labels. */
  labels: 'builder' | 'ownForm';
  values: DoseValues;
  onChange: (patch: Partial<DoseValues>) => void;
  error: (field: 'name' | 'step' | 'maxQuota') => string | null;
}

const UNITS = ['minutes', 'seconds', 'reps'] as const;

export function DoseFields({ labels, values, onChange, error }: DoseFieldsProps) {
  const { t } = useTranslation('clinician');
  return (
    <>
      <TextField
        label={t(`${labels}.name`)}
        value={values.name}
        onChange={(e) => onChange({ name: e.target.value })}
        error={error('name')}
      />
      <SelectField
        label={t(`${labels}.unit`)}
        value={values.unit}
        onChange={(e) => onChange({ unit: e.target.value as Unit })}
      >
        {UNITS.map((u) => (
          <option key={u} value={u}>
            {t(`units.${u}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t(`${labels}.step`)}
        hint={t(`${labels}.stepHint`, { step: stepFor({ unit: values.unit }) })}
        inputMode="decimal"
        value={values.step}
        onChange={(e) => onChange({ step: e.target.value })}
        error={error('step')}
      />
      <TextField
        label={t(`${labels}.maxQuota`)}
        inputMode="decimal"
        value={values.maxQuota}
        onChange={(e) => onChange({ maxQuota: e.target.value })}
        error={error('maxQuota')}
      />
    </>
  );
}
