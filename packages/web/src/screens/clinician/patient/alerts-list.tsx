// A patient's alerts: open ones first, each with a button to acknowledge it; then those already
// acknowledged, with who did and when.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type Alert, acknowledgeAlert, getPatientAlerts } from '../../../api/caseload.ts';
import { Button } from '../../../components/button.tsx';
import { causeText } from '../caseload/reason-text.tsx';
import { formatDate, formatInstant } from '../format.ts';
import { useLoad } from '../use-load.ts';

function alertText(alert: Alert, t: TFunction): string {
  const flag = alert.kind === 'flag_raised' ? String(alert.details.flag ?? '') : null;
  if (flag !== null) return t('alerts.flag', { what: t(`flags.${flag}`, { defaultValue: flag }) });
  return t('alerts.notice', { what: causeText(String(alert.details.cause ?? ''), t) });
}

export function AlertsList({ patientId, onChanged }: { patientId: string; onChanged: () => void }) {
  const { t, i18n } = useTranslation('clinician');
  const alerts = useLoad(() => getPatientAlerts(patientId), [patientId]);
  if (alerts.state !== 'ready') return alerts.state === 'loading' ? null : <p>{t('errors.load')}</p>;
  const open = alerts.data.filter((a) => a.acknowledgedAt === null);
  const seen = alerts.data.filter((a) => a.acknowledgedAt !== null);

  async function acknowledge(alertKey: string) {
    await acknowledgeAlert(patientId, alertKey);
    alerts.reload();
    onChanged();
  }

  return (
    <section aria-labelledby="alerts-title">
      <h2 id="alerts-title">{t('alerts.title', { count: open.length })}</h2>
      {alerts.data.length === 0 ? <p>{t('alerts.none')}</p> : null}
      <ul className="list-plain">
        {open.map((alert) => (
          <li key={alert.alertKey} className="card alert error">
            <strong>{alertText(alert, t)}</strong> · {formatDate(alert.localDate, i18n.language)}
            <br />
            <Button className="small" onClick={() => void acknowledge(alert.alertKey)}>
              {t('alerts.acknowledge')}
            </Button>
          </li>
        ))}
        {seen.map((alert) => (
          <li key={alert.alertKey} className="card">
            {alertText(alert, t)} · {formatDate(alert.localDate, i18n.language)}
            <br />
            <span className="muted">
              {t('alerts.acknowledgedBy', {
                name: alert.acknowledgedBy?.displayName ?? t('alerts.someone'),
                when: formatInstant(alert.acknowledgedAt as string, i18n.language),
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
