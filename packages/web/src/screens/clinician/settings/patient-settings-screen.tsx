// A patient's settings: clearance, conditions and presets, reference morning pain, thresholds.
import { useTranslation } from 'react-i18next';
import type { ScreenProps } from '../../../app/routes.ts';
import { PatientLayout, usePatient } from '../patient/patient-layout.tsx';
import { ClearanceForm, ConditionsForm, ReferencePainForm } from './record-forms.tsx';
import { ThresholdsForm } from './thresholds-form.tsx';

export default function PatientSettingsScreen({ params }: ScreenProps) {
  const { t } = useTranslation('clinician');
  const patient = usePatient(params.patientId ?? '');
  return (
    <PatientLayout patient={patient} section={t('patient.tabs.settings')}>
      {(record) => (
        <>
          <div className="columns">
            <div className="card">
              <ClearanceForm record={record} onSaved={patient.reload} />
            </div>
            <div className="card">
              <ReferencePainForm record={record} onSaved={patient.reload} />
            </div>
          </div>
          <div className="card">
            <ConditionsForm record={record} onSaved={patient.reload} />
          </div>
          <div className="card">
            <ThresholdsForm key={record.presets.join(',')} record={record} onSaved={patient.reload} />
          </div>
        </>
      )}
    </PatientLayout>
  );
}
