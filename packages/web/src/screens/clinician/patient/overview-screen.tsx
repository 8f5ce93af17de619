// One patient at a glance: open alerts to acknowledge (and who acknowledged the rest), the running
// plan with resume and quota changes (or, before any programme, what the person told us while getting
// started), plateau suggestions, notes to the patient, and a FHIR import of pain scores from another app.
import { useTranslation } from 'react-i18next';
import { Link } from '../../../app/router.tsx';
import type { ScreenProps } from '../../../app/routes.ts';
import { formatDate } from '../format.ts';
import { AlertsList } from './alerts-list.tsx';
import { BeforeProgramme } from './before-programme.tsx';
import { FhirImport } from './fhir-import.tsx';
import { NotesPanel } from './notes-panel.tsx';
import { PatientLayout, usePatient } from './patient-layout.tsx';
import { PlanCard } from './plan-card.tsx';
import { VariantSuggestions } from './variants.tsx';

export default function OverviewScreen({ params }: ScreenProps) {
  const { t, i18n } = useTranslation('clinician');
  const patientId = params.patientId ?? '';
  const patient = usePatient(patientId);
  return (
    <PatientLayout patient={patient} section={t('patient.tabs.overview')}>
      {(record) => (
        <div className="columns">
          <div>
            <AlertsList patientId={record.id} onChanged={patient.reload} />
            {record.programme.active === null ? (
              <>
                <section className="card" aria-labelledby="start-title">
                  <h2 id="start-title">{t('overview.notRunning')}</h2>
                  <p>
                    {record.screeningStatus === null
                      ? t('overview.waitingScreening')
                      : record.programme.draft
                        ? t('overview.draftReady')
                        : t('overview.noDraft')}
                  </p>
                  <Link to={`/clinic/patients/${record.id}/programme`}>{t('overview.build')}</Link>
                </section>
                <BeforeProgramme record={record} />
              </>
            ) : (
              <>
                <p>
                  {t('overview.started', {
                    date: formatDate(record.programme.activeStartDate as string, i18n.language),
                  })}
                </p>
                <PlanCard patientId={record.id} onChanged={patient.reload} />
              </>
            )}
            {record.flags.includes('plateau') ? <VariantSuggestions patientId={record.id} /> : null}
          </div>
          <div>
            <NotesPanel patientId={record.id} limit={5} />
            <FhirImport patientId={record.id} onImported={patient.reload} />
          </div>
        </div>
      )}
    </PatientLayout>
  );
}
