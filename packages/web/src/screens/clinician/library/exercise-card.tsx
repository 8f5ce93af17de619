// One exercise of the library: its drawing (a CSS mask, so it takes the theme's colour), dose
// settings, modality and region, instructions, and its easier and harder neighbours.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type LibraryExercise, textIn } from '../../../api/library.ts';

export function Illustration({ exercise, label }: { exercise: LibraryExercise; label: string }) {
  if (exercise.illustration === null) return null;
  return (
    <div
      className="illustration"
      role="img"
      aria-label={label}
      style={{ ['--src' as string]: `url("${exercise.illustration}")` }}
    />
  );
}

interface CardProps {
  exercise: LibraryExercise;
  names: Map<string, LibraryExercise>;
  actions?: ReactNode;
}

export function ExerciseCard({ exercise, names, actions }: CardProps) {
  const { t, i18n } = useTranslation('clinician');
  const lang = i18n.language;
  const name = textIn(exercise.name, lang);
  const neighbour = (id: string | null) => (id === null ? null : names.get(id));
  const easier = neighbour(exercise.easierId);
  const harder = neighbour(exercise.harderId);
  return (
    <article className="card" aria-labelledby={`ex-${exercise.id}`}>
      <Illustration exercise={exercise} label={t('library.drawing', { name })} />
      <h3 id={`ex-${exercise.id}`}>{name}</h3>
      <ul className="chips" aria-label={t('library.tags')}>
        <li className="chip">{t(`modalities.${exercise.modality}`)}</li>
        <li className="chip">{t(`regions.${exercise.region}`)}</li>
        {exercise.builtIn ? null : <li className="chip">{t('library.own')}</li>}
      </ul>
      <p className="muted">
        {t('library.dose', {
          unit: t(`units.${exercise.unit}`),
          step: exercise.step,
          max: exercise.maxQuota,
          perWeek: exercise.perWeekDefault,
        })}
      </p>
      <details>
        <summary>{t('library.instructions')}</summary>
        <p>{textIn(exercise.instructions, lang) || t('library.noInstructions')}</p>
      </details>
      {easier || harder ? (
        <p className="muted">
          {easier ? t('library.easier', { name: textIn(easier.name, lang) }) : null}
          {easier && harder ? ' · ' : null}
          {harder ? t('library.harder', { name: textIn(harder.name, lang) }) : null}
        </p>
      ) : null}
      {exercise.mediaUrl ? (
        <p>
          <a href={exercise.mediaUrl} target="_blank" rel="noopener noreferrer">
            {t('library.media')}
          </a>
        </p>
      ) : null}
      {actions}
    </article>
  );
}
