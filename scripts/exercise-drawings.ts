// Draws the exercise library's line illustrations (packages/web/public/exercises/<id>.svg) from pose
// definitions, in the style of the first 55 drawings: a 200×200 stick figure facing right in
// currentColor, far limbs faded, props and movement arrows in a thin line, a clock for a timed hold.
//
//   node scripts/exercise-drawings.ts            writes every drawing defined below
//   node scripts/exercise-drawings.ts calf-raise writes one
//
// A pose gives each body segment an absolute direction in degrees: 0 points up, 90 points right (the way
// the figure faces), 180 down, 270 left. Lengths are fixed, so every figure has the same proportions.

import { writeFileSync } from 'node:fs';
import { poses } from './exercise-poses.ts';

export type Point = readonly [number, number];
type Limb = readonly number[];

export interface Pose {
  title: string;
  hip: Point;
  /** Direction of the trunk from the hip to the neck. */
  torso: number;
  /** Direction from the neck to the head's centre; the trunk's direction when left out. */
  head?: number;
  /** Upper arm and forearm directions; a third number draws a hand segment. */
  nearArm: Limb;
  farArm: Limb;
  /** Thigh, shin and foot directions; a fourth number draws the toes apart (a foot on tiptoe). */
  nearLeg: Limb;
  farLeg: Limb;
  /** Thin-line props drawn behind the figure: path data. */
  props?: string[];
  /** Extra SVG drawn on top (arrows, a ball, a weight), already in markup. */
  marks?: string[];
  /** Where a timed hold's clock goes, if it is one. */
  clock?: 'left' | 'right';
  /** A figure drawn by hand (a front view), in place of the posed one. */
  raw?: string;
  /** A mat on the floor instead of a ground line. */
  mat?: boolean;
  /** The ground line's height; 186 unless seated figures need a higher floor. */
  ground?: number | null;
}

const SEGMENT = {
  torso: 50,
  neckToHead: 18,
  upperArm: 25,
  forearm: 25,
  hand: 8,
  thigh: 35,
  shin: 35,
  foot: 10,
  toes: 7,
};

function step(from: Point, direction: number, length: number): Point {
  const radians = (direction * Math.PI) / 180;
  return [Math.round(from[0] + length * Math.sin(radians)), Math.round(from[1] - length * Math.cos(radians))];
}

function chain(start: Point, directions: Limb, lengths: readonly number[]): Point[] {
  const points: Point[] = [start];
  directions.forEach((direction, i) => {
    points.push(step(points[i] as Point, direction, lengths[i] ?? SEGMENT.hand));
  });
  return points;
}

function polyline(points: Point[], faded = false): string {
  const list = points.map(([x, y]) => `${x} ${y}`).join(' ');
  return `<polyline points="${list}"${faded ? ' stroke-opacity=".45"' : ''}/>`;
}

const CLOCK = {
  left: '<g stroke-width="3"><circle cx="30" cy="28" r="10"/><path d="M30 14v-3M27 11h6M30 28v-6M30 28l4 3"/></g>',
  right:
    '<g stroke-width="3"><circle cx="178" cy="26" r="10"/><path d="M178 12v-3M175 9h6M178 26v-6M178 26l4 3"/></g>',
};

export function draw(pose: Pose): string {
  const neck = step(pose.hip, pose.torso, SEGMENT.torso);
  const shoulder = step(pose.hip, pose.torso, SEGMENT.torso - 5);
  const head = step(neck, pose.head ?? pose.torso, SEGMENT.neckToHead);
  const arm = (limb: Limb) => chain(shoulder, limb, [SEGMENT.upperArm, SEGMENT.forearm, SEGMENT.hand]);
  const leg = (limb: Limb) =>
    chain(pose.hip, limb, [SEGMENT.thigh, SEGMENT.shin, SEGMENT.foot, SEGMENT.toes]);
  const ground = pose.ground === undefined ? 186 : pose.ground;
  const floor = pose.mat
    ? '<g stroke-width="3"><rect x="14" y="180" width="172" height="6" rx="3"/></g>'
    : ground === null
      ? ''
      : `<g stroke-width="3"><path d="M12 ${ground}H188"/></g>`;
  const props = (pose.props ?? []).map((d) => `<g stroke-width="3"><path d="${d}"/></g>`).join('');
  const body =
    pose.raw ??
    [
      polyline(arm(pose.farArm), true),
      polyline(leg(pose.farLeg), true),
      polyline([pose.hip, neck]),
      polyline(leg(pose.nearLeg)),
      polyline(arm(pose.nearArm)),
      `<circle cx="${head[0]}" cy="${head[1]}" r="11" fill="currentColor" stroke="none"/>`,
    ].join('');
  const marks = (pose.marks ?? []).join('') + (pose.clock ? CLOCK[pose.clock] : '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" role="img"><title>${pose.title}</title>` +
    '<g fill="none" stroke="currentColor" stroke-width="8" stroke-linecap="round" stroke-linejoin="round">' +
    `${floor}${props}${body}${marks}</g></svg>\n`
  );
}

const OUT = new URL('../packages/web/public/exercises/', import.meta.url);

if (import.meta.main) {
  const only = process.argv.slice(2);
  for (const [id, pose] of Object.entries(poses)) {
    if (only.length > 0 && !only.includes(id)) continue;
    writeFileSync(new URL(`${id}.svg`, OUT), draw(pose));
  }
}
