// One person in the caseload: name and tier, the reasons in words, adherence, and their open alerts
// with a button to acknowledge each.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { acknowledgeAlert, type CaseloadPatient, type Reason } from '../../../api/caseload.ts';
import { Link } from '../../../app/router.tsx';
import { Button } from '../../../components/button.tsx';
import { reasonText, TierBadge } from './reason-text.tsx';

export function PatientRow({ patient, onChanged }: { patient: CaseloadPatient; onChanged: () => void }) {
  const { t, i18n } = useTranslation('clinician');
  const [busy, setBusy] = useState(false);
  const alerts = patient.reasons.filter((r) => r.alertKey !== undefined);
  const reasons: Reason[] = patient.reasons.length > 0 ? patient.reasons : [{ code: patient.tier }];

  async function acknowledge(alertKey: string) {
    setBusy(true);
    try {
      await acknowledgeAlert(patient.id, alertKey);
      onChanged();
    } finally {
      setBusy(false);
    }
  }

  return (
    <tr>
      <th scope="row">
        <Link to={`/clinic/patients/${patient.id}`}>{patient.displayName}</Link>
        <br />
        <TierBadge tier={patient.tier} t={t} />
      </th>
      <td>
        <ul className="reasons">
          {reasons.map((reason) => (
            <li key={`${reason.code}-${reason.alertKey ?? ''}-${reason.exerciseId ?? ''}`}>
              {reasonText(reason, t, i18n.language)}
            </li>
          ))}
        </ul>
      </td>
      <td>
        {patient.adherence === null
          ? t('patients.adherenceNone')
          : t('patients.adherence', { ...patient.adherence })}
      </td>
      <td>
        {alerts.length === 0
          ? t('patients.noAlerts')
          : alerts.map((alert) => (
              <Button
                key={alert.alertKey}
                className="small"
                disabled={busy}
                onClick={() => void acknowledge(alert.alertKey as string)}
                aria-label={t('alerts.acknowledgeFor', {
                  what: t(`tiers.${alert.code}`),
                  name: patient.displayName,
                })}
              >
                {t('alerts.acknowledgeOne', { what: t(`tiers.${alert.code}`) })}
              </Button>
            ))}
      </td>
    </tr>
  );
}
