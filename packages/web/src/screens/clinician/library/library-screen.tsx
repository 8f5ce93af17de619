// The exercise library (SPEC §12): browse by modality and region with the drawings, and add your own.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getLibrary, type LibraryExercise, removeLibraryExercise } from '../../../api/library.ts';
import { Button } from '../../../components/button.tsx';
import { Page } from '../../../components/page.tsx';
import { useLoad } from '../use-load.ts';
import { ExerciseCard } from './exercise-card.tsx';
import { filterLibrary, type LibraryFilter, LibraryFilters } from './library-filters.tsx';
import { OwnExerciseForm } from './own-exercise-form.tsx';
import '../../../styles/clinician.css';

export default function LibraryScreen() {
  const { t } = useTranslation('clinician');
  const library = useLoad(() => getLibrary(), []);
  const [filter, setFilter] = useState<LibraryFilter>({ modality: '', region: '', text: '' });
  const [editing, setEditing] = useState<LibraryExercise | null>(null);
  const form = useRef<HTMLDivElement>(null);
  // The form is below the list: take the clinician (and the focus) to it when they choose to edit.
  useEffect(() => {
    if (editing !== null) form.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [editing]);

  if (library.state !== 'ready') {
    return (
      <Page title={t('library.title')}>
        {library.state === 'loading' ? <p role="status">{t('common:loading')}</p> : <p>{t('errors.load')}</p>}
      </Page>
    );
  }
  const all = library.data;
  const names = new Map(all.map((e) => [e.id, e]));
  const shown = filterLibrary(all, filter);
  return (
    <Page title={t('library.title')}>
      <p className="lead">{t('library.lead', { count: all.length })}</p>
      <LibraryFilters value={filter} onChange={setFilter} idPrefix="library" />
      <p role="status">{t('library.showing', { count: shown.length })}</p>
      <ul className="library-grid">
        {shown.map((exercise) => (
          <li key={exercise.id}>
            <ExerciseCard
              exercise={exercise}
              names={names}
              actions={
                exercise.builtIn ? null : (
                  <div className="inline-form">
                    <Button className="small" onClick={() => setEditing(exercise)}>
                      {t('library.edit')}
                    </Button>
                    <Button
                      className="small"
                      onClick={() => void removeLibraryExercise(exercise.id).then(library.reload)}
                    >
                      {t('library.remove')}
                    </Button>
                  </div>
                )
              }
            />
          </li>
        ))}
      </ul>
      <div className="card" ref={form}>
        <OwnExerciseForm
          key={editing?.id ?? 'new'}
          library={all}
          editing={editing}
          onSaved={library.reload}
          onCancel={() => setEditing(null)}
        />
      </div>
    </Page>
  );
}
