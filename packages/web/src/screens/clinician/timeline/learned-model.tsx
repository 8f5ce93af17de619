// What the personal dosing model has learned about this person (issue 11, docs/dosing.md), in words and
// a small chart per exercise: the predicted pain rise at loads above the dose they recently tolerated,
// its likely range shaded, and the day-to-day noise of morning pain as a dashed line, so a clinician
// sees at a glance whether a rise would stand out from the noise. Under "classic" it says so.

import type { LearnedResponse } from '@steadily/core';
import { useTranslation } from 'react-i18next';
import type { DosingView } from '../../../api/dosing.ts';
import { round } from '../format.ts';

/** A response estimated from fewer sessions than this is called "few data". */
const FEW_OBSERVATIONS = 5;
/** Below this rise per 10 % the words say "no sign yet that pain follows load". */
const FLAT_PER_10PCT = 0.2;
const LOADS = [80, 90, 100, 110, 120, 130, 140, 150];
const W = 320;
const H = 170;
const PAD = { left: 40, right: 12, top: 12, bottom: 36 };

const rise = (per10: number, load: number) => per10 * Math.max(0, (load - 100) / 10);

export function ResponseChart({
  name,
  response,
  noiseSd,
}: {
  name: string;
  response: LearnedResponse;
  noiseSd: number;
}) {
  const { t } = useTranslation('clinician');
  const top = Math.max(1, rise(response.responseHigh, 150), noiseSd * 1.25);
  const x = (load: number) => PAD.left + ((load - 80) / 70) * (W - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - Math.min(value, top) / top) * (H - PAD.top - PAD.bottom);
  const line = (per10: number) => LOADS.map((l) => `${x(l)},${y(rise(per10, l))}`).join(' ');
  const band = [
    ...LOADS.map((l) => `${x(l)},${y(rise(response.responseHigh, l))}`),
    ...[...LOADS].reverse().map((l) => `${x(l)},${y(rise(Math.max(0, response.responseLow), l))}`),
  ].join(' ');
  const ticks = [0, top / 2, top];
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width={W}
      height={H}
      role="img"
      aria-label={t('dosing.learned.chartLabel', { name })}
      className="learned-chart"
    >
      <polygon points={band} fill="#0b5563" fillOpacity={0.18} />
      <polyline points={line(response.responsePer10Pct)} fill="none" stroke="#0b5563" strokeWidth={2} />
      <line
        x1={x(80)}
        x2={x(150)}
        y1={y(noiseSd)}
        y2={y(noiseSd)}
        stroke="#8a5a00"
        strokeDasharray="5 4"
        strokeWidth={1.5}
      />
      <text x={x(150)} y={y(noiseSd) - 4} textAnchor="end" fontSize={11} fill="#5c3c00">
        {t('dosing.learned.noiseLine')}
      </text>
      <line x1={x(100)} x2={x(100)} y1={PAD.top} y2={H - PAD.bottom} stroke="#555" strokeDasharray="2 3" />
      <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke="#333" />
      <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={H - PAD.bottom} stroke="#333" />
      {[80, 100, 120, 150].map((l) => (
        <text key={l} x={x(l)} y={H - PAD.bottom + 14} textAnchor="middle" fontSize={11} fill="#222">
          {l}
        </text>
      ))}
      {ticks.map((v) => (
        <text key={v} x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize={11} fill="#222">
          {round(v).toFixed(1)}
        </text>
      ))}
      <text
        x={12}
        y={(PAD.top + H - PAD.bottom) / 2}
        transform={`rotate(-90 12 ${(PAD.top + H - PAD.bottom) / 2})`}
        textAnchor="middle"
        fontSize={11}
        fill="#222"
      >
        {t('dosing.learned.axisRise')}
      </text>
      <text x={(PAD.left + W - PAD.right) / 2} y={H - 4} textAnchor="middle" fontSize={11} fill="#222">
        {t('dosing.learned.axisLoad')}
      </text>
    </svg>
  );
}

export function LearnedModelPanel({
  dosing,
  names,
}: {
  dosing: DosingView | undefined;
  names: Map<string, string>;
}) {
  const { t } = useTranslation('clinician');
  if (dosing === undefined) return null;
  const learned = dosing.learned;
  // One decimal, and never "-0.0" for a range that touches zero.
  const fixed = (value: number) => (Math.abs(value) < 0.05 ? 0 : round(value)).toFixed(1);
  return (
    <section aria-labelledby="learned-title" data-testid="learned-model">
      <h2 id="learned-title">{t('dosing.learned.title')}</h2>
      <p>
        {t('dosing.current', { model: t(`dosing.models.${dosing.model}`), version: dosing.rulesVersion })}
      </p>
      {learned === null ? (
        <p>{t('dosing.learned.classic')}</p>
      ) : (
        <>
          <p>
            {t('dosing.learned.noise', {
              sd: fixed(learned.noiseSd),
              low: fixed(learned.noiseLow),
              high: fixed(learned.noiseHigh),
              count: learned.mornings,
            })}
          </p>
          {Object.entries(learned.exercises).map(([id, response]) => {
            const name = names.get(id) ?? id;
            const words = {
              name,
              value: fixed(response.responsePer10Pct),
              low: fixed(response.responseLow),
              high: fixed(response.responseHigh),
              tolerated: round(response.toleratedQuota),
              count: response.observations,
            };
            return (
              <div key={id} className="learned-exercise">
                <p>
                  {response.responsePer10Pct < FLAT_PER_10PCT
                    ? t('dosing.learned.flat', words)
                    : t('dosing.learned.response', words)}
                  {response.observations < FEW_OBSERVATIONS ? ` ${t('dosing.learned.few')}` : ''}
                </p>
                <ResponseChart name={name} response={response} noiseSd={learned.noiseSd} />
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
