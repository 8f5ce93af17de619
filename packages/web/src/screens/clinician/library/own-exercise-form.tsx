// A clinician adds an exercise of their own: name, instructions, unit, step, maxQuota, modality,
// region, sessions a week, easier/harder neighbours, an image or video link. Errors name the field.
import { MODALITIES, type Modality, REGIONS, type Region, stepFor, type Unit } from '@steadily/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/errors.ts';
import {
  addLibraryExercise,
  type LibraryExercise,
  textIn,
  updateLibraryExercise,
} from '../../../api/library.ts';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { DoseFields } from '../dose-fields.tsx';
import { SelectField, TextAreaField } from '../fields.tsx';

interface Draft {
  name: string;
  instructions: string;
  unit: Unit;
  step: string;
  maxQuota: string;
  modality: Modality;
  region: Region;
  perWeek: string;
  easierId: string;
  harderId: string;
  mediaUrl: string;
}

const EMPTY: Draft = {
  name: '',
  instructions: '',
  unit: 'minutes',
  step: '',
  maxQuota: '',
  modality: 'aerobic',
  region: 'whole_body',
  perWeek: '3',
  easierId: '',
  harderId: '',
  mediaUrl: '',
};

type Errors = Partial<Record<keyof Draft, string>>;

export function checkDraft(d: Draft): Errors {
  const errors: Errors = {};
  if (d.name.trim() === '') errors.name = 'required';
  const step = d.step === '' ? stepFor({ unit: d.unit }) : Number(d.step);
  if (!(step > 0) || step > 1000) errors.step = 'step';
  const max = Number(d.maxQuota);
  if (d.maxQuota === '' || !(max > 0)) errors.maxQuota = 'maxQuota';
  else if (step > 0 && Math.abs(max / step - Math.round(max / step)) > 1e-9) errors.maxQuota = 'multiple';
  const perWeek = Number(d.perWeek);
  if (!Number.isInteger(perWeek) || perWeek < 1 || perWeek > 21) errors.perWeek = 'perWeek';
  if (d.mediaUrl !== '' && !/^https?:\/\/\S+$/i.test(d.mediaUrl)) errors.mediaUrl = 'link';
  return errors;
}

/** The form's fields for an exercise being edited. */
function draftOf(e: LibraryExercise, language: string): Draft {
  return {
    name: textIn(e.name, language),
    instructions: textIn(e.instructions, language),
    unit: e.unit,
    step: String(e.step),
    maxQuota: String(e.maxQuota),
    modality: e.modality,
    region: e.region,
    perWeek: String(e.perWeekDefault),
    easierId: e.easierId ?? '',
    harderId: e.harderId ?? '',
    mediaUrl: e.mediaUrl ?? '',
  };
}

interface OwnExerciseFormProps {
  library: LibraryExercise[];
  /** One of the clinician's own exercises to edit, or null to add a new one. */
  editing: LibraryExercise | null;
  onSaved: () => void;
  onCancel: () => void;
}

export function OwnExerciseForm({ library, editing, onSaved, onCancel }: OwnExerciseFormProps) {
  const { t, i18n } = useTranslation('clinician');
  const [draft, setDraft] = useState<Draft>(() => (editing ? draftOf(editing, i18n.language) : EMPTY));
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const message = (field: keyof Draft) => (errors[field] ? t(`ownForm.errors.${errors[field]}`) : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const found = checkDraft(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const body = {
        name: draft.name.trim(),
        ...(draft.instructions.trim() && { instructions: draft.instructions.trim() }),
        unit: draft.unit,
        ...(draft.step !== '' && { step: Number(draft.step) }),
        maxQuota: Number(draft.maxQuota),
        modality: draft.modality,
        region: draft.region,
        perWeekDefault: Number(draft.perWeek),
        ...(draft.easierId && { easierId: draft.easierId }),
        ...(draft.harderId && { harderId: draft.harderId }),
        ...(draft.mediaUrl && { mediaUrl: draft.mediaUrl }),
      };
      if (editing) await updateLibraryExercise(editing.id, body);
      else await addLibraryExercise(body);
      setSaved(draft.name.trim());
      if (!editing) setDraft(EMPTY);
      onSaved();
    } catch (error) {
      const field = error instanceof ApiError ? (error.field as keyof Draft | null) : null;
      setErrors(field && field in EMPTY ? { [field]: 'server' } : { name: 'server' });
    }
  }

  const neighbours = library
    .filter((e) => e.id !== editing?.id)
    .map((e) => (
      <option key={e.id} value={e.id}>
        {textIn(e.name, i18n.language)}
      </option>
    ));
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="own-title">
      <h2 id="own-title" tabIndex={-1}>
        {editing ? t('ownForm.editTitle', { name: textIn(editing.name, i18n.language) }) : t('ownForm.title')}
      </h2>
      <div className="grid-form">
        <DoseFields labels="ownForm" values={draft} onChange={set} error={message} />
        <SelectField
          label={t('ownForm.modality')}
          value={draft.modality}
          onChange={(e) => set({ modality: e.target.value as Modality })}
        >
          {MODALITIES.map((m) => (
            <option key={m} value={m}>
              {t(`modalities.${m}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('ownForm.region')}
          value={draft.region}
          onChange={(e) => set({ region: e.target.value as Region })}
        >
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {t(`regions.${r}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t('ownForm.perWeek')}
          inputMode="numeric"
          value={draft.perWeek}
          onChange={(e) => set({ perWeek: e.target.value })}
          error={message('perWeek')}
        />
        <SelectField
          label={t('ownForm.easier')}
          value={draft.easierId}
          onChange={(e) => set({ easierId: e.target.value })}
        >
          <option value="">{t('ownForm.none')}</option>
          {neighbours}
        </SelectField>
        <SelectField
          label={t('ownForm.harder')}
          value={draft.harderId}
          onChange={(e) => set({ harderId: e.target.value })}
        >
          <option value="">{t('ownForm.none')}</option>
          {neighbours}
        </SelectField>
        <TextField
          label={t('ownForm.media')}
          type="url"
          value={draft.mediaUrl}
          onChange={(e) => set({ mediaUrl: e.target.value })}
          error={message('mediaUrl')}
        />
      </div>
      <TextAreaField
        label={t('ownForm.instructions')}
        hint={t('ownForm.instructionsHint')}
        value={draft.instructions}
        onChange={(e) => set({ instructions: e.target.value })}
      />
      <div className="inline-form">
        <Button type="submit" variant="primary">
          {editing ? t('ownForm.save') : t('ownForm.add')}
        </Button>
        {editing ? <Button onClick={onCancel}>{t('ownForm.cancel')}</Button> : null}
      </div>
      <p role="status" className="status-line">
        {saved === null ? '' : t(editing ? 'ownForm.updated' : 'ownForm.saved', { name: saved })}
      </p>
    </form>
  );
}
