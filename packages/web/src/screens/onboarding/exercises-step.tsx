// Self-guided people choose their first exercises from the library (SPEC §12): a few at a time, by
// body area, with the area of their condition shown first. Clinician-guided people wait for theirs.
import {
  type BuiltInExercise,
  type ConditionId,
  exerciseLibrary,
  REGIONS,
  type Region,
} from '@steadily/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type NewExercise, putProgramme } from '../../api/programme.ts';
import { usePreferences } from '../../app/preferences.ts';
import { Button } from '../../components/button.tsx';
import { ChoiceGroup } from '../../components/choice-group.tsx';
import { Page } from '../../components/page.tsx';
import { newClientId } from '../../offline/client-id.ts';
import { ExerciseArt } from './exercise-art.tsx';
import { SaveError } from './save-error.tsx';

const MAX_CHOSEN = 4;

const REGION_OF: Partial<Record<ConditionId, Region>> = {
  chronic_low_back_pain: 'back',
  neck_pain: 'neck',
  knee_osteoarthritis: 'knee',
  hip_osteoarthritis: 'hip',
};

function firstRegion(conditions: readonly ConditionId[]): Region {
  for (const condition of conditions) {
    const region = REGION_OF[condition];
    if (region !== undefined) return region;
  }
  return 'whole_body';
}

interface ExercisesStepProps {
  accountId: string;
  conditions: ConditionId[];
  progress: string;
  onSaved: () => void;
}

export function ExercisesStep({ accountId, conditions, progress, onSaved }: ExercisesStepProps) {
  const { t } = useTranslation('onboarding');
  const { language } = usePreferences();
  const [region, setRegion] = useState<Region>(() => firstRegion(conditions));
  const [chosen, setChosen] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState<unknown>(null);
  const key = useMemo(() => newClientId(), []);
  const shown = exerciseLibrary.filter((e) => e.region === region);

  function toggle(id: string, on: boolean): void {
    setChosen(on ? [...chosen, id] : chosen.filter((c) => c !== id));
  }

  async function save(): Promise<void> {
    const exercises = chosen
      .map((id) => exerciseLibrary.find((e) => e.id === id))
      .filter((e): e is BuiltInExercise => e !== undefined)
      .map(
        (e): NewExercise => ({
          name: e.name[language],
          instructions: e.instructions[language],
          unit: e.unit,
          step: e.step,
          maxQuota: e.maxQuota,
          perWeek: e.perWeekDefault,
          libraryExerciseId: e.id,
        }),
      );
    setSaving(true);
    setFailed(null);
    try {
      await putProgramme(accountId, exercises, key);
      onSaved();
    } catch (error) {
      setFailed(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <Page
      title={t('exercises.title')}
      top={<p className="muted">{progress}</p>}
      actions={
        <Button variant="primary" disabled={chosen.length === 0 || saving} onClick={() => void save()}>
          {t('exercises.next', { count: chosen.length })}
        </Button>
      }
    >
      <p className="lead">{t('exercises.lead')}</p>
      <p className="nonessential">{t('exercises.tip')}</p>
      <div className="region-choices">
        <ChoiceGroup<Region>
          legend={t('exercises.region')}
          choices={REGIONS.map((r) => ({ value: r, label: t(`exercises.regions.${r}`) }))}
          value={region}
          onChange={setRegion}
        />
      </div>
      <fieldset className="choices">
        <legend>{t(`exercises.regions.${region}`)}</legend>
        <p className="muted" aria-live="polite">
          {t('exercises.chosen', { count: chosen.length, max: MAX_CHOSEN })}
        </p>
        <ul className="exercise-tiles">
          {shown.map((exercise) => {
            const on = chosen.includes(exercise.id);
            return (
              <li key={exercise.id}>
                <label className="choice exercise-tile">
                  <input
                    type="checkbox"
                    checked={on}
                    disabled={!on && chosen.length >= MAX_CHOSEN}
                    onChange={(event) => toggle(exercise.id, event.target.checked)}
                  />
                  <ExerciseArt illustration={exercise.illustration} />
                  <span>
                    {exercise.name[language]}
                    <span className="muted tile-kind">{t(`exercises.modalities.${exercise.modality}`)}</span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {failed === null ? null : <SaveError error={failed} onRetry={() => void save()} />}
    </Page>
  );
}
