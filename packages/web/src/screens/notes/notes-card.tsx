// Notes from the person's clinician, on Today: the newest in full, older ones folded away. Cached by
// the service worker (network-first), so the last notes show offline too.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getNotes, type Note } from '../../api/notes.ts';

function dateOf(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long' }).format(new Date(iso));
}

export function NotesCard({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation('notes');
  const [notes, setNotes] = useState<Note[]>([]);

  useEffect(() => {
    if (patientId === '') return;
    getNotes(patientId).then(setNotes, () => setNotes([]));
  }, [patientId]);

  const [newest, ...older] = notes;
  if (newest === undefined) return null;
  const signed = (note: Note) =>
    note.authorName
      ? t('from', { name: note.authorName, date: dateOf(note.createdAt, i18n.language) })
      : t('fromUnknown', { date: dateOf(note.createdAt, i18n.language) });
  return (
    <section className="card" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('title')}</h2>
      <p className="preserve-lines">{newest.text}</p>
      <p className="muted">{signed(newest)}</p>
      {older.length === 0 ? null : (
        <details>
          <summary>{t('older', { count: older.length })}</summary>
          <ul className="list-plain">
            {older.map((note) => (
              <li key={note.id}>
                <p className="preserve-lines">{note.text}</p>
                <p className="muted">{signed(note)}</p>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
