// The pain-versus-capacity chart as SVG vectors: morning pain (0–10, left axis) and capacity (quota as %
// of baseline, right axis) day by day, with flare-ups shaded. pdfmake draws it as paths and text.
import type { DayPoint } from './figures.ts';
import { shortDate, type Words } from './words.ts';

export const CHART_COLOURS = {
  pain: '#7b3fa0',
  capacity: '#1f7a5a',
  flare: '#f7dfc2',
  grid: '#d9d9d9',
  text: '#444444',
};

interface Box {
  width: number;
  height: number;
}

const PAD = { left: 30, right: 38, top: 22, bottom: 22 };
const GRID_LINES = 5;

const n = (value: number) => Math.round(value * 10) / 10;

/** Capacity axis top: a multiple of 50% that fits the data, at least 150%. */
function capacityMax(days: DayPoint[]): number {
  const top = Math.max(150, ...days.map((d) => d.capacityPct ?? 0));
  return Math.ceil(top / 50) * 50;
}

/** Segments of consecutive points; a gap of more than `maxGap` days starts a new segment. */
function segments(points: { i: number; v: number }[], maxGap: number) {
  const result: { i: number; v: number }[][] = [];
  for (const p of points) {
    const last = result.at(-1);
    const prev = last?.at(-1);
    if (last === undefined || prev === undefined || p.i - prev.i > maxGap) result.push([p]);
    else last.push(p);
  }
  return result;
}

export function chartSvg(days: DayPoint[], box: Box, w: Words): string {
  const plotW = box.width - PAD.left - PAD.right;
  const plotH = box.height - PAD.top - PAD.bottom;
  const count = Math.max(1, days.length);
  const x = (i: number) => n(PAD.left + ((i + 0.5) * plotW) / count);
  const yPain = (v: number) => n(PAD.top + plotH - (v / 10) * plotH);
  const capMax = capacityMax(days);
  const yCap = (v: number) => n(PAD.top + plotH - (Math.min(v, capMax) / capMax) * plotH);
  const parts: string[] = [];
  // A date label a week apart, or a few weeks apart on long ranges (at most about 9 labels).
  const labelEvery = 7 * Math.max(1, Math.ceil(count / 63));

  // Flare-ups first, behind everything.
  days.forEach((d, i) => {
    if (d.inFlare && !days[i - 1]?.inFlare) {
      let end = i;
      while (days[end + 1]?.inFlare) end++;
      const left = n(PAD.left + (i * plotW) / count);
      const width = n(((end - i + 1) * plotW) / count);
      parts.push(
        `<rect x="${left}" y="${PAD.top}" width="${width}" height="${n(plotH)}" fill="${CHART_COLOURS.flare}"/>`,
      );
      parts.push(
        `<text x="${n(left + 2)}" y="${PAD.top + 9}" font-size="7" fill="${CHART_COLOURS.text}">${w.chart.flare}</text>`,
      );
    }
  });
  for (let k = 0; k <= GRID_LINES; k++) {
    const y = n(PAD.top + plotH - (k / GRID_LINES) * plotH);
    parts.push(
      `<line x1="${PAD.left}" y1="${y}" x2="${n(PAD.left + plotW)}" y2="${y}" stroke="${CHART_COLOURS.grid}" stroke-width="0.5"/>`,
    );
    parts.push(
      `<text x="${PAD.left - 4}" y="${n(y + 3)}" font-size="7" text-anchor="end" fill="${CHART_COLOURS.pain}">${(k * 10) / GRID_LINES}</text>`,
    );
    parts.push(
      `<text x="${n(PAD.left + plotW + 4)}" y="${n(y + 3)}" font-size="7" fill="${CHART_COLOURS.capacity}">${(k * capMax) / GRID_LINES}%</text>`,
    );
  }
  days.forEach((d, i) => {
    if (i % labelEvery !== 0) return;
    parts.push(
      `<text x="${x(i)}" y="${n(PAD.top + plotH + 11)}" font-size="7" text-anchor="middle" fill="${CHART_COLOURS.text}">${shortDate(w, d.localDate)}</text>`,
    );
  });

  const capacity = days.flatMap((d, i) => (d.capacityPct === null ? [] : [{ i, v: d.capacityPct }]));
  for (const segment of segments(capacity, 1)) {
    // Quotas change in steps: draw a step line, not a slope.
    const path = segment.flatMap((p, k) => {
      const prev = segment[k - 1];
      return prev !== undefined && prev.v !== p.v
        ? [`${x(p.i)},${yCap(prev.v)}`, `${x(p.i)},${yCap(p.v)}`]
        : [`${x(p.i)},${yCap(p.v)}`];
    });
    parts.push(
      `<polyline points="${path.join(' ')}" fill="none" stroke="${CHART_COLOURS.capacity}" stroke-width="1.6"/>`,
    );
  }
  const pain = days.flatMap((d, i) => (d.morningPain === null ? [] : [{ i, v: d.morningPain }]));
  for (const segment of segments(pain, 3))
    parts.push(
      `<polyline points="${segment.map((p) => `${x(p.i)},${yPain(p.v)}`).join(' ')}" fill="none" stroke="${CHART_COLOURS.pain}" stroke-width="1.2"/>`,
    );
  for (const p of pain)
    parts.push(`<circle cx="${x(p.i)}" cy="${yPain(p.v)}" r="1.4" fill="${CHART_COLOURS.pain}"/>`);

  if (pain.length === 0 && capacity.length === 0)
    parts.push(
      `<text x="${n(PAD.left + plotW / 2)}" y="${n(PAD.top + plotH / 2)}" font-size="9" text-anchor="middle" fill="${CHART_COLOURS.text}">${w.chart.empty}</text>`,
    );
  parts.push(`<text x="${PAD.left}" y="9" font-size="8" fill="${CHART_COLOURS.pain}">${w.chart.pain}</text>`);
  parts.push(
    `<text x="${n(PAD.left + plotW)}" y="9" font-size="8" text-anchor="end" fill="${CHART_COLOURS.capacity}">${w.chart.capacity}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${box.width}" height="${box.height}" viewBox="0 0 ${box.width} ${box.height}" font-family="Roboto">${parts.join('')}</svg>`;
}
