// Doses and pain over the programme (uPlot, canvas): each exercise's quota as a step line, morning
// pain and peak pain on the 0–10 scale at the right, flares shaded. A summary in words goes with it
// for screen readers; the decision list below gives every number.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { Series } from './series.ts';

const QUOTA_COLOURS = ['#0b5563', '#5b3a8c', '#1d6b2f', '#8a3b12', '#2f4f9a'];
const MORNING = '#8a5a00';
const PEAK = '#a1260d';
/**
 * Printed, the chart is redrawn this wide (CSS px): A4 at 12 mm margins is 186 mm ≈ 703 px. Drawn at
 * the screen's width it was cut off at the page edge, around day 47, and lost its pain axis (issue 14).
 */
export const PRINT_WIDTH = 680;

export function DoseChart({
  series,
  exercises,
  height = 260,
}: {
  series: Series;
  exercises: { id: string; name: string }[];
  height?: number;
}) {
  const { t } = useTranslation('clinician');
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = box.current;
    if (element === null) return;
    const data: uPlot.AlignedData = [
      series.days,
      ...exercises.map((e) => series.quotas[e.id] ?? []),
      series.mornings,
      series.peaks,
    ];
    const flares = series.flares;
    const chart = new uPlot(
      {
        width: window.matchMedia?.('print').matches ? PRINT_WIDTH : Math.max(280, element.clientWidth),
        height,
        cursor: { show: false },
        legend: { show: true, live: false },
        // At least a week wide, so a new programme's first days are not stretched across the chart.
        scales: {
          x: { time: false, range: (_u, _min, max) => [1, Math.max(7, max)] },
          pain: { range: [0, 10] },
        },
        axes: [
          {
            label: t('timeline.chartDay'),
            values: (_u, ticks) => ticks.map((tick) => (Number.isInteger(tick) ? String(tick) : '')),
          },
          { label: t('timeline.chartDose') },
          { scale: 'pain', side: 1, label: t('timeline.chartPain'), grid: { show: false } },
        ],
        series: [
          { label: t('timeline.chartDay') },
          ...exercises.map((e, i) => ({
            label: e.name,
            stroke: QUOTA_COLOURS[i % QUOTA_COLOURS.length] as string,
            width: 3,
            paths: uPlot.paths.stepped?.({ align: 1 }),
            points: { show: false },
          })),
          {
            label: t('timeline.chartMorning'),
            scale: 'pain',
            stroke: MORNING,
            width: 0,
            points: { size: 7, fill: MORNING },
          },
          {
            label: t('timeline.chartPeak'),
            scale: 'pain',
            stroke: PEAK,
            width: 0,
            points: { size: 6, fill: '#fff' },
          },
        ],
        hooks: {
          drawClear: [
            (u) => {
              const { ctx } = u;
              ctx.save();
              ctx.fillStyle = 'rgba(242, 193, 78, 0.28)';
              const last = series.days.at(-1) ?? 1;
              for (const flare of flares) {
                const x0 = u.valToPos(flare.startDay - 0.5, 'x', true);
                const x1 = u.valToPos((flare.endDay ?? last) + 0.5, 'x', true);
                ctx.fillRect(x0, u.bbox.top, x1 - x0, u.bbox.height);
              }
              ctx.restore();
            },
          ],
        },
      },
      data,
      element,
    );
    const print = window.matchMedia?.('print');
    const resize = () =>
      chart.setSize({
        width: print?.matches ? PRINT_WIDTH : Math.max(280, element.clientWidth),
        height,
      });
    const toPrint = () => chart.setSize({ width: PRINT_WIDTH, height });
    window.addEventListener('resize', resize);
    // Chromium fires beforeprint before it lays the page out for print, and the print media query when
    // it does (also when a test emulates print media): either way the chart fits the page.
    window.addEventListener('beforeprint', toPrint);
    window.addEventListener('afterprint', resize);
    print?.addEventListener('change', resize);
    if (print?.matches) toPrint();
    return () => {
      window.removeEventListener('resize', resize);
      window.removeEventListener('beforeprint', toPrint);
      window.removeEventListener('afterprint', resize);
      print?.removeEventListener('change', resize);
      chart.destroy();
    };
  }, [series, exercises, height, t]);

  return (
    <div
      ref={box}
      role="img"
      aria-label={t('timeline.chartLabel', { days: series.days.length, flares: series.flares.length })}
      className="chart"
    />
  );
}
