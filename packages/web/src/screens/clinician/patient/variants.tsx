// On a plateau (SPEC §10: swap modality, revisit goals), the easier and harder neighbours of each
// library exercise in the programme, from the exercise library.
import { useTranslation } from 'react-i18next';
import { getLibrary, textIn } from '../../../api/library.ts';
import { getProgramme } from '../../../api/record.ts';
import { Link } from '../../../app/router.tsx';
import { useLoad } from '../use-load.ts';

export function VariantSuggestions({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation('clinician');
  const data = useLoad(() => Promise.all([getProgramme(patientId), getLibrary()]), [patientId]);
  if (data.state !== 'ready') return null;
  const [programme, library] = data.data;
  const byId = new Map(library.map((e) => [e.id, e]));
  const rows = (programme?.exercises ?? [])
    .filter((e) => !e.removed && e.libraryExerciseId !== null)
    .map((e) => {
      const entry = byId.get(e.libraryExerciseId as string);
      const easier = entry?.easierId ? byId.get(entry.easierId) : undefined;
      const harder = entry?.harderId ? byId.get(entry.harderId) : undefined;
      return { exercise: e, easier, harder };
    })
    .filter((r) => r.easier !== undefined || r.harder !== undefined);
  return (
    <section aria-labelledby="variants-title" className="card">
      <h2 id="variants-title">{t('variants.title')}</h2>
      <p>{t('variants.lead')}</p>
      {rows.length === 0 ? <p>{t('variants.none')}</p> : null}
      <ul>
        {rows.map(({ exercise, easier, harder }) => (
          <li key={exercise.id}>
            <strong>{exercise.name}</strong>
            {easier ? ` · ${t('library.easier', { name: textIn(easier.name, i18n.language) })}` : ''}
            {harder ? ` · ${t('library.harder', { name: textIn(harder.name, i18n.language) })}` : ''}
          </li>
        ))}
      </ul>
      <Link to={`/clinic/patients/${patientId}/programme`}>{t('variants.open')}</Link>
    </section>
  );
}
