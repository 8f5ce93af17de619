// Picks exercises from the library into the draft, filtered by modality, region or name.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type LibraryExercise, textIn } from '../../../api/library.ts';
import { Button } from '../../../components/button.tsx';
import { filterLibrary, type LibraryFilter, LibraryFilters } from '../library/library-filters.tsx';

export function ExercisePicker({
  library,
  onPick,
}: {
  library: LibraryExercise[];
  onPick: (e: LibraryExercise) => void;
}) {
  const { t, i18n } = useTranslation('clinician');
  const [filter, setFilter] = useState<LibraryFilter>({ modality: '', region: '', text: '' });
  const shown = filterLibrary(library, filter);
  return (
    <section aria-labelledby="picker-title">
      <h2 id="picker-title">{t('builder.pickTitle')}</h2>
      <LibraryFilters value={filter} onChange={setFilter} idPrefix="picker" />
      {/* A scrolling list: focusable so a keyboard can scroll it (WCAG 2.1.1). */}
      <ul
        className="list-plain picker-list"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll region must take focus to scroll
        tabIndex={0}
        aria-label={t('builder.pickList', { count: shown.length })}
      >
        {shown.map((exercise) => {
          const name = textIn(exercise.name, i18n.language);
          return (
            <li key={exercise.id}>
              <Button
                className="small"
                onClick={() => onPick(exercise)}
                aria-label={t('builder.addNamed', { name })}
              >
                {t('builder.add')}
              </Button>
              <span>
                {name}{' '}
                <span className="muted">
                  · {t(`modalities.${exercise.modality}`)} · {t(`regions.${exercise.region}`)}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
