// Downloads of one patient's record, made by the server (docs/api.md): the person's own PDF progress
// report, the clinician report for a GP or an insurer, the FHIR R4 bundle, and CSV tables.
import { useTranslation } from 'react-i18next';

const CSV_KINDS = ['sessions', 'checkins', 'decisions', 'measures'] as const;

export function Exports({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation('clinician');
  const base = `/api/patients/${encodeURIComponent(patientId)}`;
  const lang = i18n.language === 'es' ? 'es' : 'en';
  return (
    <section aria-labelledby="exports-title" className="no-print">
      <h2 id="exports-title">{t('exports.title')}</h2>
      <ul className="chips">
        <li>
          <a href={`${base}/report.pdf?lang=${lang}`} download>
            {t('exports.pdf')}
          </a>
        </li>
        <li>
          <a href={`${base}/clinician-report.pdf?lang=${lang}`} download>
            {t('exports.clinicianPdf')}
          </a>
        </li>
        <li>
          <a href={`${base}/fhir`} download="steadily-fhir.json">
            {t('exports.fhir')}
          </a>
        </li>
        {CSV_KINDS.map((kind) => (
          <li key={kind}>
            <a href={`${base}/export/${kind}`} download>
              {t(`exports.csv.${kind}`)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
