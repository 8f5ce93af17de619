// Which dosing model a running programme follows (issue 11, docs/dosing.md), since when, and the switch
// to the other one. The switch asks first and says what changes: decisions already made stay.

import type { DosingModel } from '@steadily/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DosingView, setDosing } from '../../../api/dosing.ts';
import { ApiError } from '../../../api/errors.ts';
import { Button } from '../../../components/button.tsx';
import { formatDate } from '../format.ts';

export function DosingPanel({
  patientId,
  dosing,
  onChanged,
}: {
  patientId: string;
  dosing: DosingView;
  onChanged: (message: string) => void;
}) {
  const { t, i18n } = useTranslation('clinician');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const other: DosingModel = dosing.model === 'personal' ? 'classic' : 'personal';
  const otherName = t(`dosing.models.${other}`);

  async function change() {
    try {
      const result = await setDosing(patientId, other);
      setConfirming(false);
      setError(null);
      onChanged(
        result.localDate === null
          ? t('dosing.unchanged')
          : t('dosing.switched', {
              model: t(`dosing.models.${result.dosing}`),
              date: formatDate(result.localDate, i18n.language),
            }),
      );
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('errors.save'));
    }
  }

  return (
    <div className="card" data-testid="dosing-panel">
      <h3>{t('dosing.title')}</h3>
      <p>
        <strong>
          {t('dosing.current', { model: t(`dosing.models.${dosing.model}`), version: dosing.rulesVersion })}
        </strong>{' '}
        {dosing.since === null
          ? t('dosing.fromStart')
          : t('dosing.since', { date: formatDate(dosing.since.localDate, i18n.language) })}
      </p>
      <p className="muted">{t(`dosing.about.${dosing.model}`)}</p>
      {confirming ? (
        <div className="alert">
          <p id="dosing-confirm-title">
            <strong>{t('dosing.confirmTitle', { model: otherName })}</strong>
          </p>
          <p>{t(`dosing.confirm.${other}`)}</p>
          <div className="inline-form">
            <Button variant="primary" className="small" onClick={() => void change()}>
              {t('dosing.confirmButton')}
            </Button>
            <Button className="small" onClick={() => setConfirming(false)}>
              {t('dosing.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <Button className="small" onClick={() => setConfirming(true)}>
          {t('dosing.switchTo', { model: otherName })}
        </Button>
      )}
      {error === null ? null : <p className="field-error">{error}</p>}
    </div>
  );
}
