// Outcome measures with their change from the first, against the minimal clinically important
// difference where there is one (core/measures.ts: PSEQ 11 points, PSFS 1.4, PEG 30 % lower; the server
// judges, this only words it). Scores and changes are rounded as everywhere else (core roundScore).
import { roundScore } from '@steadily/core';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../api/record.ts';
import { formatDate } from '../format.ts';

const round = roundScore;

export function MeasuresTable({ measures }: { measures: Measure[] }) {
  const { t, i18n } = useTranslation('clinician');
  const mcidText = (m: Measure) => {
    if (m.mcid !== null)
      return ` · ${m.meaningfulChange ? t('measures.meaningful', { mcid: m.mcid }) : t('measures.notYet', { mcid: m.mcid })}`;
    const percent = m.mcidPercent ?? null;
    if (percent === null) return '';
    return ` · ${m.meaningfulChange ? t('measures.meaningfulPercent', { percent }) : t('measures.notYetPercent', { percent })}`;
  };
  return (
    <section aria-labelledby="measures-title">
      <h2 id="measures-title">{t('measures.title')}</h2>
      {measures.length === 0 ? (
        <p>{t('measures.none')}</p>
      ) : (
        <table className="data-table stack">
          <thead>
            <tr>
              <th scope="col">{t('measures.instrument')}</th>
              <th scope="col">{t('measures.week')}</th>
              <th scope="col" className="number">
                {t('measures.score')}
              </th>
              <th scope="col">{t('measures.change')}</th>
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.id}>
                <th scope="row">{t(`measures.names.${m.instrument}`)}</th>
                <td>
                  {t('measures.weekN', { n: m.week })} · {formatDate(m.localDate, i18n.language)}
                </td>
                <td className="number">{round(m.total)}</td>
                <td>
                  {m.changeFromFirst === null
                    ? t('measures.first')
                    : t('measures.changeBy', {
                        change: `${m.changeFromFirst > 0 ? '+' : ''}${round(m.changeFromFirst)}`,
                      })}
                  {m.changeFromFirst !== null ? mcidText(m) : ''}
                  {m.suggestTalkingToClinician ? ` · ${t('measures.phq2')}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
