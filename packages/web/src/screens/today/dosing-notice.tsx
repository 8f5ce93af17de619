// The one-time notice that the plan now follows the person's own pattern (the release switch to the
// personal dosing model, issue 11). Closing it tells the server, so it is shown once, on any device.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { closeDosingNotice } from '../../api/dosing.ts';
import { usePreferences } from '../../app/preferences.ts';
import { Button } from '../../components/button.tsx';

export function DosingNotice({ patientId, localDate }: { patientId: string; localDate: string }) {
  const { t } = useTranslation('today');
  const { language } = usePreferences();
  const [closed, setClosed] = useState(false);
  if (closed) return null;
  const date = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${localDate}T00:00:00Z`),
  );
  return (
    <section className="card" aria-labelledby="dosing-notice-title">
      <h2 id="dosing-notice-title">{t('dosingNotice.title')}</h2>
      <p>{t('dosingNotice.text', { date })}</p>
      <Button
        onClick={() => {
          setClosed(true);
          void closeDosingNotice(patientId).catch(() => undefined);
        }}
      >
        {t('dosingNotice.ok')}
      </Button>
    </section>
  );
}
