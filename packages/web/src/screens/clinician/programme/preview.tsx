// The engine's response to sample weeks (core's simulate, run here in the browser): the dose of each
// exercise day by day and every decision with its reason.
import { renderReason } from '@steadily/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { round } from '../format.ts';
import { type PreviewInput, runSample, SAMPLES } from './sample-weeks.ts';

export function Preview({ input, hardCeiling }: { input: PreviewInput; hardCeiling: number }) {
  const { t, i18n } = useTranslation('clinician');
  const language = i18n.language === 'es' ? 'es' : 'en';
  const results = useMemo(() => {
    if (input.exercises.length === 0) return [];
    return SAMPLES.map((id) => {
      try {
        return runSample(input, id, hardCeiling);
      } catch {
        return null;
      }
    }).filter((r) => r !== null);
  }, [input, hardCeiling]);

  return (
    <section aria-labelledby="preview-title">
      <h2 id="preview-title">{t('preview.title')}</h2>
      <p>{t('preview.lead', { pain: input.referenceMorningPain })}</p>
      {results.length === 0 ? <p className="alert">{t('preview.needBaseline')}</p> : null}
      <div className="preview-grid">
        {results.map((result) => (
          <article key={result.id} className="card" aria-labelledby={`sample-${result.id}`}>
            <h3 id={`sample-${result.id}`}>{t(`preview.samples.${result.id}.title`)}</h3>
            <p className="muted">{t(`preview.samples.${result.id}.what`)}</p>
            <table className="data-table">
              <caption className="visually-hidden">{t('preview.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('preview.day')}</th>
                  {input.exercises.map((e) => (
                    <th scope="col" key={e.id} className="number">
                      {e.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.days.map((day) => (
                  <tr key={day.day}>
                    <th scope="row">{day.day}</th>
                    {input.exercises.map((e) => (
                      <td key={e.id} className="number">
                        {day.quotas[e.id] === undefined
                          ? '–'
                          : `${round(day.quotas[e.id] as number)} ${t(`unitsShort.${e.unit}`)}`}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
            <details>
              <summary>{t('preview.reasons', { count: result.decisions.length })}</summary>
              <ol className="reasons">
                {result.decisions
                  .filter((d) => d.action !== 'hold')
                  .map((d) => (
                    <li key={`${d.day}-${d.exercise}-${d.action}`}>
                      {t('preview.decision', {
                        day: d.day,
                        action: t(`actions.${d.action}`),
                        name: input.exercises.find((e) => e.id === d.exercise)?.name ?? d.exercise,
                      })}{' '}
                      {d.zone ? <span className={`zone ${d.zone}`}>{t(`zones.${d.zone}`)}</span> : null}{' '}
                      {renderReason(language, d.reasonCode, d.reasonParams)}
                    </li>
                  ))}
              </ol>
            </details>
          </article>
        ))}
      </div>
    </section>
  );
}
