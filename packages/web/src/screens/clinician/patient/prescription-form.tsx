// The clinician's sets, load and rest for one exercise of the running plan (issue 14): shown under the
// dose as clinicians write it ("3 × 8 · 5 kg · rest 60 s"), changed here; the engine's quota stays.
import { setsNotation, takesSets, type Unit } from '@steadily/core';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/errors.ts';
import { putPrescription } from '../../../api/record.ts';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { checkPrescription, prescriptionOf } from '../programme/draft.ts';

export interface PrescribedExercise {
  id: string;
  name: string;
  unit: Unit;
  setsToday?: number[] | null;
  loadKg?: number | null;
  restSeconds?: number | null;
}

/** "3 × 8 · 5 kg · rest 60 s", or null when nothing beyond the dose was prescribed. */
export function prescriptionSummary(e: PrescribedExercise, t: TFunction<'clinician'>): string | null {
  const parts = [
    ...(e.setsToday && e.setsToday.length > 1 ? [setsNotation(e.setsToday)] : []),
    ...(e.loadKg == null ? [] : [t('plan.load', { kg: e.loadKg })]),
    ...(e.restSeconds == null || !e.setsToday ? [] : [t('plan.rest', { seconds: e.restSeconds })]),
  ];
  return parts.length === 0 ? null : parts.join(' · ');
}

export function PrescriptionForm({
  patientId,
  exercise,
  onDone,
}: {
  patientId: string;
  exercise: PrescribedExercise;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('clinician');
  const [values, setValues] = useState({
    sets: exercise.setsToday ? String(exercise.setsToday.length) : '',
    loadKg: exercise.loadKg == null ? '' : String(exercise.loadKg),
    restSeconds: exercise.restSeconds == null ? '' : String(exercise.restSeconds),
  });
  const [errors, setErrors] = useState<Partial<Record<keyof typeof values, string>>>({});
  const [refused, setRefused] = useState<string | null>(null);
  const error = (field: keyof typeof values) => (errors[field] ? t(`builder.errors.${errors[field]}`) : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setRefused(null);
    const found = checkPrescription(exercise.unit, values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const body = prescriptionOf(values);
    try {
      await putPrescription(patientId, exercise.id, {
        ...body,
        ...(takesSets(exercise.unit) ? {} : { sets: null, restSeconds: null }),
      });
      onDone(t('plan.prescriptionSet', { name: exercise.name }));
    } catch (caught) {
      if (caught instanceof ApiError && caught.field && caught.field in values)
        setErrors({ [caught.field]: 'server' });
      setRefused(caught instanceof ApiError ? caught.message : t('errors.save'));
    }
  }

  const field = (name: keyof typeof values, label: string, inputMode: 'numeric' | 'decimal') => (
    <TextField
      label={t(label, { name: exercise.name })}
      inputMode={inputMode}
      value={values[name]}
      onChange={(e) => setValues({ ...values, [name]: e.target.value })}
      error={error(name)}
    />
  );
  return (
    <details className="prescription-form">
      <summary>{t('plan.prescription', { name: exercise.name })}</summary>
      <form className="inline-form" onSubmit={(event) => void submit(event)} noValidate>
        {takesSets(exercise.unit) ? field('sets', 'plan.setsFor', 'numeric') : null}
        {field('loadKg', 'plan.loadFor', 'decimal')}
        {takesSets(exercise.unit) ? field('restSeconds', 'plan.restFor', 'numeric') : null}
        <Button type="submit" className="small">
          {t('plan.savePrescription')}
        </Button>
        {refused === null ? null : <p className="field-error">{refused}</p>}
      </form>
    </details>
  );
}
