// The programme builder (SPEC §12): exercises from the library (or written here), sessions a week,
// starting dose from baseline trials (or trials the patient does in their app), instructions, the
// flare plan; a preview of the engine on sample weeks; save the draft, then start it.

import type { DosingModel } from '@steadily/core';
import { DEFAULT_THRESHOLDS, type PresetId, resolveThresholds } from '@steadily/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/errors.ts';
import { getLibrary, type LibraryExercise } from '../../../api/library.ts';
import {
  getProgramme,
  type PatientRecord,
  type Programme,
  putProgramme,
  startProgramme,
} from '../../../api/record.ts';
import { Link } from '../../../app/router.tsx';
import type { ScreenProps } from '../../../app/routes.ts';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { SelectField, TextAreaField } from '../fields.tsx';
import { addDays, deviceToday, formatDate } from '../format.ts';
import { PatientLayout, usePatient } from '../patient/patient-layout.tsx';
import { useLoad } from '../use-load.ts';
import {
  checkRow,
  fieldOfPath,
  type Row,
  type RowErrors,
  rowFromLibrary,
  rowFromProgramme,
  toInput,
  toPlans,
} from './draft.ts';
import { ExercisePicker } from './exercise-picker.tsx';
import { ExerciseRow } from './exercise-row.tsx';
import { Preview } from './preview.tsx';
import { RunningChanges } from './running-changes.tsx';

interface BuilderProps {
  record: PatientRecord;
  programme: Programme | null;
  library: LibraryExercise[];
  onSaved: () => void;
}

function Builder({ record, programme, library, onSaved }: BuilderProps) {
  const { t, i18n } = useTranslation('clinician');
  const byId = useMemo(() => new Map(library.map((e) => [e.id, e])), [library]);
  const draft = programme?.status === 'draft' ? programme : null;
  const running = programme?.status === 'active' ? programme : null;
  const [rows, setRows] = useState<Row[]>(
    () => (draft ?? running)?.exercises.filter((e) => !e.removed).map((e) => rowFromProgramme(e, byId)) ?? [],
  );
  const [flarePlan, setFlarePlan] = useState((draft ?? running)?.flarePlan ?? '');
  const [startDate, setStartDate] = useState('');
  // New programmes run the personal model (issue 11); the preview runs the model chosen here.
  const [dosing, setDosing] = useState<DosingModel>('personal');
  const [errors, setErrors] = useState<RowErrors[]>([]);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const recorded = new Map(draft?.exercises.map((e) => [e.name, e.baseline]) ?? []);

  const presets = [...(record.presets.length > 0 ? record.presets : ['default'])] as PresetId[];
  const thresholds = resolveThresholds(presets, record.thresholds);
  const previewInput = useMemo(
    () => ({
      exercises: toPlans(rows),
      presets: [...(record.presets.length > 0 ? record.presets : ['default'])] as PresetId[],
      thresholds: record.thresholds,
      referenceMorningPain: record.referenceMorningPain ?? 3,
      pacing: record.pacing,
      dosing,
    }),
    [rows, record, dosing],
  );

  function validate(): boolean {
    const found = rows.map(checkRow);
    setErrors(found);
    if (rows.length === 0) {
      setMessage({ text: t('builder.noExercises'), error: true });
      return false;
    }
    const bad = found.filter((e) => Object.keys(e).length > 0).length;
    if (bad > 0) setMessage({ text: t('builder.fix', { count: bad }), error: true });
    return bad === 0;
  }

  function showServerError(error: unknown) {
    if (error instanceof ApiError) {
      const at = fieldOfPath(error.field);
      if (at !== null) {
        setErrors((list) => list.map((e, i) => (i === at.index ? { ...e, [at.field]: 'server' } : e)));
      }
      setMessage({ text: t('builder.refused', { message: error.message }), error: true });
    } else setMessage({ text: t('errors.save'), error: true });
  }

  async function save(andStart: boolean) {
    setMessage(null);
    if (!validate()) return;
    try {
      await putProgramme(record.id, {
        exercises: rows.map(toInput),
        ...(flarePlan.trim() && { flarePlan: flarePlan.trim() }),
      });
      if (andStart) {
        await startProgramme(record.id, startDate || undefined, dosing);
        setMessage({ text: t('builder.started'), error: false });
      } else setMessage({ text: t('builder.saved'), error: false });
      onSaved();
    } catch (error) {
      showServerError(error);
    }
  }

  const today = deviceToday();
  return (
    <>
      {running ? (
        <p className="card highlight">
          {t('builder.running', {
            date: formatDate(running.startDate ?? today, i18n.language),
            count: running.exercises.length,
          })}
        </p>
      ) : null}
      <div className="columns">
        <div>
          <h2>{t('builder.title', { count: rows.length })}</h2>
          {rows.length === 0 ? <p>{t('builder.empty')}</p> : null}
          {rows.map((row, i) => (
            <ExerciseRow
              key={row.key}
              row={row}
              index={i}
              errors={errors[i] ?? {}}
              recorded={recorded.get(row.name)}
              onChange={(next) => setRows(rows.map((r) => (r.key === row.key ? next : r)))}
              onRemove={() => setRows(rows.filter((r) => r.key !== row.key))}
            />
          ))}
          <Button
            className="small"
            onClick={() =>
              setRows([
                ...rows,
                { ...rowFromLibrary(customStart, i18n.language), libraryExerciseId: null, name: '' },
              ])
            }
          >
            {t('builder.addCustom')}
          </Button>
          <TextAreaField
            label={t('builder.flarePlan')}
            hint={t('builder.flarePlanHint')}
            value={flarePlan}
            onChange={(e) => setFlarePlan(e.target.value)}
          />
          <TextField
            label={t('builder.startDate')}
            hint={t('builder.startDateHint')}
            type="date"
            min={addDays(today, -7)}
            value={startDate}
            onChange={(e) => setStartDate(e.target.value)}
          />
          <SelectField
            label={t('dosing.title')}
            hint={t(`dosing.about.${dosing}`)}
            value={dosing}
            onChange={(e) => setDosing(e.target.value as DosingModel)}
          >
            <option value="personal">{t('dosing.models.personal')}</option>
            <option value="classic">{t('dosing.models.classic')}</option>
          </SelectField>
          <div className="inline-form">
            <Button onClick={() => void save(false)}>{t('builder.save')}</Button>
            <Button variant="primary" onClick={() => void save(true)}>
              {running ? t('builder.startReplacing') : t('builder.start')}
            </Button>
          </div>
          <p role="status" className={message?.error ? 'status-line field-error' : 'status-line'}>
            {message?.text ?? ''}
          </p>
          {message !== null && !message.error ? (
            <Link to={`/clinic/patients/${record.id}`}>{t('builder.toOverview')}</Link>
          ) : null}
        </div>
        <div>
          <ExercisePicker
            library={library}
            onPick={(e) => setRows([...rows, rowFromLibrary(e, record.locale)])}
          />
        </div>
      </div>
      <Preview input={previewInput} hardCeiling={thresholds.hardCeiling ?? DEFAULT_THRESHOLDS.hardCeiling} />
    </>
  );
}

/** A blank exercise of the clinician's own (SPEC §3 defaults: minutes, step 1). */
const customStart: LibraryExercise = {
  id: '',
  builtIn: false,
  name: { en: '' },
  instructions: { en: '' },
  unit: 'minutes',
  step: 1,
  maxQuota: 60,
  modality: 'aerobic',
  region: 'whole_body',
  perWeekDefault: 5,
  easierId: null,
  harderId: null,
  illustration: null,
  mediaUrl: null,
};

/** The builder starts again from the programme whenever its exercises change. */
const runningKey = (programme: Programme | null) =>
  programme?.exercises
    .filter((e) => !e.removed)
    .map((e) => e.id)
    .join(',') ?? '';

export default function ProgrammeScreen({ params }: ScreenProps) {
  const { t } = useTranslation('clinician');
  const patientId = params.patientId ?? '';
  const patient = usePatient(patientId);
  const data = useLoad(() => Promise.all([getProgramme(patientId), getLibrary()]), [patientId]);
  return (
    <PatientLayout patient={patient} section={t('patient.tabs.programme')}>
      {(record) =>
        data.state === 'ready' ? (
          <>
            {data.data[0]?.status === 'active' ? (
              <RunningChanges
                patientId={record.id}
                locale={record.locale}
                running={data.data[0]}
                library={data.data[1]}
                onChanged={() => {
                  data.reload();
                  patient.reload();
                }}
              />
            ) : null}
            <Builder
              key={runningKey(data.data[0])}
              record={record}
              programme={data.data[0]}
              library={data.data[1]}
              onSaved={() => {
                patient.reload();
              }}
            />
          </>
        ) : (
          <p role="status">{data.state === 'loading' ? t('common:loading') : t('errors.load')}</p>
        )
      }
    </PatientLayout>
  );
}
