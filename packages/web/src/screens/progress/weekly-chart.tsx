// Minutes of exercise and morning pain on one chart, week by week (uPlot: small, canvas). The same
// numbers follow in a table, for screen readers and for anyone who prefers numbers.
import type { ProgressSummary } from '@steadily/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

const MINUTES_COLOUR = '#0b5563';
const PAIN_COLOUR = '#8a5a00';

type WeekSummary = ProgressSummary['weeks'][number];

export function WeeklyChart({ weeks }: { weeks: WeekSummary[] }) {
  const { t } = useTranslation('progress');
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = box.current;
    if (element === null || weeks.length === 0) return;
    const data: uPlot.AlignedData = [
      weeks.map((w) => w.week),
      weeks.map((w) => w.minutes),
      weeks.map((w) => w.meanMorningPain),
    ];
    const chart = new uPlot(
      {
        width: element.clientWidth,
        height: 220,
        cursor: { show: false },
        legend: { show: true, live: false },
        // Minutes start at zero, so growth is not exaggerated.
        scales: {
          x: { time: false },
          y: { range: (_u, _min, max) => [0, Math.max(10, max * 1.1)] },
          pain: { range: [0, 10] },
        },
        axes: [
          { values: (_u, ticks) => ticks.map((tick) => (Number.isInteger(tick) ? String(tick) : '')) },
          { label: t('chart.minutes'), stroke: MINUTES_COLOUR },
          { scale: 'pain', side: 1, label: t('chart.pain'), stroke: PAIN_COLOUR, grid: { show: false } },
        ],
        series: [
          { label: t('chart.week') },
          { label: t('chart.minutes'), stroke: MINUTES_COLOUR, width: 3, points: { size: 8 } },
          {
            label: t('chart.pain'),
            scale: 'pain',
            stroke: PAIN_COLOUR,
            width: 2,
            dash: [6, 4],
            points: { size: 6 },
          },
        ],
      },
      data,
      element,
    );
    const resize = () => chart.setSize({ width: element.clientWidth, height: 220 });
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.destroy();
    };
  }, [weeks, t]);

  return (
    <section aria-labelledby="weekly-title">
      <h2 id="weekly-title">{t('chart.title')}</h2>
      <div ref={box} role="img" aria-label={t('chart.label')} className="chart" />
      <table className="weekly-table">
        <caption className="visually-hidden">{t('chart.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.week')}</th>
            <th scope="col">{t('chart.minutes')}</th>
            <th scope="col">{t('chart.pain')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.week}>
              <th scope="row">{week.week}</th>
              <td>{Math.round(week.minutes)}</td>
              <td>{week.meanMorningPain === null ? t('chart.none') : week.meanMorningPain.toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
