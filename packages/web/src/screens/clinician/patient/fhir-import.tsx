// Pain scores from another app into the patient's record (issue 14): the clinician picks a FHIR R4
// Bundle file; the server imports what maps to morning check-ins (sending the same file again changes
// nothing) and lists every entry it rejected or ignored with its path and why.
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/errors.ts';
import { type FhirImportOutcome, type ImportProblem, importFhirBundle } from '../../../api/fhir-import.ts';
import { Button } from '../../../components/button.tsx';

/** The largest file read in the browser; the server takes up to 8 MB and 5000 entries. */
const MAX_BYTES = 8 * 1024 * 1024;

function Problems({ title, list }: { title: string; list: ImportProblem[] }) {
  const { t } = useTranslation('clinician');
  const id = useId();
  if (list.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <table className="data-table stack">
        <thead>
          <tr>
            <th scope="col">{t('fhirImport.path')}</th>
            <th scope="col">{t('fhirImport.message')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((p) => (
            <tr key={`${p.path} ${p.message}`}>
              <td>
                <code>{p.path}</code>
              </td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function FhirImport({ patientId, onImported }: { patientId: string; onImported: () => void }) {
  const { t } = useTranslation('clinician');
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [allMorning, setAllMorning] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<FhirImportOutcome | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setOutcome(null);
    setError(null);
    if (file === null) return setError(t('fhirImport.pickFirst'));
    if (file.size > MAX_BYTES) return setError(t('fhirImport.tooBig'));
    let bundle: unknown;
    try {
      bundle = JSON.parse(await file.text());
    } catch {
      return setError(t('fhirImport.notJson'));
    }
    setBusy(true);
    try {
      const result = await importFhirBundle(patientId, bundle, allMorning);
      setOutcome(result);
      if (result.imported.length > 0) onImported();
    } catch (caught) {
      setError(
        caught instanceof ApiError
          ? t('fhirImport.refused', {
              message: caught.field ? `${caught.field}: ${caught.message}` : caught.message,
            })
          : t('errors.save'),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="fhir-import-title">
      <h2 id="fhir-import-title">{t('fhirImport.title')}</h2>
      <p className="muted">{t('fhirImport.lead')}</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor={fileId}>{t('fhirImport.file')}</label>
          <input
            id={fileId}
            type="file"
            accept=".json,application/json,application/fhir+json"
            aria-describedby={error ? `${fileId}-error` : undefined}
            aria-invalid={error !== null && outcome === null ? true : undefined}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setOutcome(null);
              setError(null);
            }}
          />
        </div>
        <label className="choice">
          <input type="checkbox" checked={allMorning} onChange={(e) => setAllMorning(e.target.checked)} />
          {t('fhirImport.allMorning')}
        </label>
        <Button type="submit" disabled={busy}>
          {t('fhirImport.send')}
        </Button>
      </form>
      <div role="status" aria-live="polite">
        {error === null ? null : (
          <p id={`${fileId}-error`} className="field-error">
            {error}
          </p>
        )}
        {outcome === null ? null : (
          <p>
            {t('fhirImport.result', {
              imported: outcome.imported.length,
              unchanged: outcome.unchanged.length,
              rejected: outcome.rejected.length,
              ignored: outcome.ignored.length,
            })}
          </p>
        )}
      </div>
      {outcome === null ? null : (
        <>
          <Problems title={t('fhirImport.rejected')} list={outcome.rejected} />
          <Problems title={t('fhirImport.ignored')} list={outcome.ignored} />
        </>
      )}
    </section>
  );
}
