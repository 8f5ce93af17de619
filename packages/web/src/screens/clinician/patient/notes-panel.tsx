// Notes to the patient: written here, shown in their app (newest first).
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addNote, getNotes } from '../../../api/notes.ts';
import { Button } from '../../../components/button.tsx';
import { TextAreaField } from '../fields.tsx';
import { formatInstant } from '../format.ts';
import { useLoad } from '../use-load.ts';

export function NotesPanel({ patientId, limit }: { patientId: string; limit?: number }) {
  const { t, i18n } = useTranslation('clinician');
  const notes = useLoad(() => getNotes(patientId), [patientId]);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim() === '') {
      setError(t('notes.empty'));
      return;
    }
    try {
      await addNote(patientId, text.trim());
      setText('');
      setError(null);
      setStatus(t('notes.sent'));
      notes.reload();
    } catch {
      setError(t('errors.save'));
    }
  }

  const shown = notes.state === 'ready' ? notes.data.slice(0, limit ?? notes.data.length) : [];
  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">{t('notes.title')}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate className="no-print">
        <TextAreaField
          label={t('notes.write')}
          hint={t('notes.hint')}
          value={text}
          onChange={(event) => setText(event.target.value)}
          error={error}
          maxLength={4000}
        />
        <Button type="submit" variant="primary">
          {t('notes.send')}
        </Button>
        <p role="status" className="status-line">
          {status}
        </p>
      </form>
      {notes.state === 'ready' && notes.data.length === 0 ? <p>{t('notes.none')}</p> : null}
      <ul className="list-plain">
        {shown.map((note) => (
          <li key={note.id} className="card">
            <p className="preserve-lines">{note.text}</p>
            <span className="muted">
              {note.authorName ?? ''} · {formatInstant(note.createdAt, i18n.language)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
