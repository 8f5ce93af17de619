// Every decision the engine took, newest first, with its zone and reason in the clinician's language.
import { type Language, type ReasonCode, renderReason } from '@steadily/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../api/record.ts';
import { formatDate, round } from '../format.ts';

export function reasonIn(decision: Decision, language: string): string {
  try {
    return renderReason(
      (language === 'es' ? 'es' : 'en') as Language,
      decision.reasonCode as ReasonCode,
      decision.reasonParams,
    );
  } catch {
    return decision.reason;
  }
}

export function DecisionList({ decisions, names }: { decisions: Decision[]; names: Map<string, string> }) {
  const { t, i18n } = useTranslation('clinician');
  const [all, setAll] = useState(false);
  const shown = [...decisions].reverse().filter((d) => all || d.action !== 'hold');
  return (
    <section aria-labelledby="decisions-title">
      <h2 id="decisions-title">{t('timeline.decisions')}</h2>
      <label className="choice">
        <input type="checkbox" checked={all} onChange={(event) => setAll(event.target.checked)} />
        {t('timeline.showHolds')}
      </label>
      <table className="data-table stack">
        <thead>
          <tr>
            <th scope="col">{t('timeline.date')}</th>
            <th scope="col">{t('timeline.exercise')}</th>
            <th scope="col">{t('timeline.action')}</th>
            <th scope="col" className="number">
              {t('timeline.dose')}
            </th>
            <th scope="col">{t('timeline.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((d) => (
            <tr key={d.id}>
              <td>
                {formatDate(d.localDate, i18n.language)}{' '}
                <span className="muted">({t('timeline.dayN', { n: d.day })})</span>
              </td>
              <td>{names.get(d.exerciseId) ?? d.exerciseId}</td>
              <td>
                {t(`actions.${d.action}`)}{' '}
                {d.zone ? <span className={`zone ${d.zone}`}>{t(`zones.${d.zone}`)}</span> : null}
              </td>
              <td className="number">
                {round(d.previousQuota) === round(d.quota)
                  ? round(d.quota)
                  : `${round(d.previousQuota)} → ${round(d.quota)}`}
              </td>
              <td>{reasonIn(d, i18n.language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
