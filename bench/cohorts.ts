// Closed-loop cohorts (issue 11): simulated people who follow the plan every day, driven through
// startEngine/apply for 12 weeks, under the "classic" rules and the "personal" model side by side.
// `npm run bench:cohorts [-- --people 400] [-- --seed 7] [-- --extra]`
// The goals table marks each "personal" row ok or FAIL; classic figures are printed for comparison only.
import {
  type DosingModel,
  type Engine,
  type EngineEvent,
  type PresetId,
  startEngine,
} from '../packages/core/src/index.ts';
import { type Person, personModel, type Variant } from './support/person-model.ts';

interface Cohort {
  name: string;
  level: number;
  sd: number;
  k: number;
  t: number;
  variant?: Variant;
  presets?: PresetId[];
}

const COHORTS: Cohort[] = [
  { name: 'non-responder 3 ± 0.8', level: 3, sd: 0.8, k: 0, t: 1 },
  { name: 'non-responder 4 ± 1.2', level: 4, sd: 1.2, k: 0, t: 1 },
  { name: 'non-responder 5 ± 1.5', level: 5, sd: 1.5, k: 0, t: 1 },
  { name: 'responder k=1 T=0.8 4 ± 1.0', level: 4, sd: 1.0, k: 1, t: 0.8 },
  { name: 'responder k=1 T=1.2 4 ± 1.0', level: 4, sd: 1.0, k: 1, t: 1.2 },
  { name: 'responder k=2 T=1.0 3 ± 0.8', level: 3, sd: 0.8, k: 2, t: 1.0 },
];

/** Generalisation: person models beyond the six rows, printed as information (never FAIL). */
const EXTRA: Cohort[] = [
  { name: 't3 tails, non-resp 4 ± 1.2', level: 4, sd: 1.2, k: 0, t: 1, variant: { tails: 3 } },
  { name: 'weekend +1, non-resp 4 ± 1.2', level: 4, sd: 1.2, k: 0, t: 1, variant: { weekly: 1 } },
  { name: '30% missed mornings, 4 ± 1.2', level: 4, sd: 1.2, k: 0, t: 1, variant: { missMornings: 0.3 } },
  { name: 'trend down −1.5, non-resp 5 ± 1.2', level: 5, sd: 1.2, k: 0, t: 1, variant: { trend: -1.5 } },
  { name: 'trend up +1.5, non-resp 4 ± 1.2', level: 4, sd: 1.2, k: 0, t: 1, variant: { trend: 1.5 } },
  { name: '20% partial sessions, 4 ± 1.2', level: 4, sd: 1.2, k: 0, t: 1, variant: { partial: 0.2 } },
  {
    name: 'fibromyalgia preset, 5 ± 1.5',
    level: 5,
    sd: 1.5,
    k: 0,
    t: 1,
    presets: ['fibromyalgia'],
  },
  { name: 't3 tails, resp k=1 T=1.0 4 ± 1.2', level: 4, sd: 1.2, k: 1, t: 1, variant: { tails: 3 } },
  { name: 'resp k=3 T=1.0 4 ± 1.0', level: 4, sd: 1.0, k: 3, t: 1 },
  { name: 'resp k=0.5 T=0.9 5 ± 1.5', level: 5, sd: 1.5, k: 0.5, t: 0.9 },
  {
    name: 'missed 30% + weekend, resp k=1 T=1',
    level: 4,
    sd: 1.0,
    k: 1,
    t: 1,
    variant: { missMornings: 0.3, weekly: 1 },
  },
];

interface Outcome {
  week8: number;
  week12: number;
  flares: number;
  overload: number;
  qOverT: number;
  noise: number;
  response: number;
}

function runPerson(cohort: Cohort, dosing: DosingModel, person: Person): Outcome {
  const started = startEngine({
    dosing,
    presets: cohort.presets,
    referenceMorningPain: Math.round(cohort.level),
    exercises: [{ id: 'walk', unit: 'minutes', baseline: person.trials, perWeek: 5 }],
  });
  const engine: Engine = started.engine;
  let flares = 0;
  let week8 = 0;
  let sessions = 0;
  let overloaded = 0;
  // The quota in force, from the decisions themselves (cheaper than a view per day).
  let current = started.decisions.at(-1)?.quota ?? 0;
  const quota = () => current;
  const apply = (event: EngineEvent) => {
    const result = engine.apply(event);
    const last = result.decisions.at(-1);
    if (last !== undefined) current = last.quota;
    if (result.flareStarted) flares++;
  };
  for (let day = 1; day <= 84; day++) {
    const today = person.day(day, quota());
    if (today.morning !== null) apply({ day, type: 'morning', pain: today.morning });
    if (today.session !== null) {
      sessions++;
      if (today.session.quota > 1.2 * today.session.tolerance) overloaded++;
      const { peak, after, done } = today.session;
      apply({ day, type: 'session', exercise: 'walk', done, peak, after });
    }
    if (day === 56) week8 = quota() / person.baseline;
  }
  const learned = engine.view().learned;
  return {
    week8,
    week12: quota() / person.baseline,
    flares,
    overload: sessions === 0 ? 0 : overloaded / sessions,
    qOverT: quota() / person.tolerance(),
    noise: learned?.noiseSd ?? Number.NaN,
    response: learned?.exercises.walk?.responsePer10Pct ?? Number.NaN,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
const meanOf = (values: number[]) => values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);

interface Summary {
  week8: number;
  week12: number;
  flares: number;
  overload: number;
  qOverT: number;
  noise: number;
  response: number;
}

function runCohort(
  cohort: Cohort,
  dosing: DosingModel,
  people: number,
  seed: number,
  index: number,
): Summary {
  const outcomes: Outcome[] = [];
  for (let i = 0; i < people; i++) {
    // The same people (same seeds) under both models.
    outcomes.push(
      runPerson(cohort, dosing, personModel(cohort, seed * 1_000_003 + index * 10_007 + i, cohort.variant)),
    );
  }
  return {
    week8: median(outcomes.map((o) => o.week8)),
    week12: median(outcomes.map((o) => o.week12)),
    flares: meanOf(outcomes.map((o) => o.flares)),
    overload: meanOf(outcomes.map((o) => o.overload)),
    qOverT: median(outcomes.map((o) => o.qOverT)),
    noise: median(outcomes.map((o) => o.noise)),
    response: median(outcomes.map((o) => o.response)),
  };
}

/** The goals; null when the row meets them, otherwise what was missed. */
function missed(cohort: Cohort, s: Summary): string | null {
  const misses: string[] = [];
  if (cohort.k === 0) {
    if (s.week8 < 1.0) misses.push('week 8 < 1.0');
    if (s.week12 < 1.3) misses.push('week 12 < 1.3');
    if (s.flares > 0.5) misses.push('flares > 0.5');
  } else {
    if (s.overload > 0.05) misses.push('overload > 5 %');
    if (s.qOverT < 0.8) misses.push('q/T < 0.8');
  }
  return misses.length === 0 ? null : misses.join(', ');
}

const f2 = (v: number) => v.toFixed(2).padStart(5);
const pct = (v: number) => `${(100 * v).toFixed(1)}%`.padStart(6);

function row(cohort: Cohort, s: Summary): string {
  return `${cohort.name.padEnd(38)} ${f2(s.week8)} ${f2(s.week12)} ${s.flares.toFixed(2).padStart(6)} ${pct(s.overload)} ${f2(s.qOverT)}`;
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string, fallback: number) => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  const people = option('--people', 40);
  const seed = option('--seed', 1);
  const extra = args.includes('--extra');
  const header = `${'cohort'.padEnd(38)} week8 wk12  flares  over%   q/T`;
  console.log(
    `Closed-loop cohorts: ${people} people each, seed ${seed}, 12 weeks (quota ÷ median baseline trial)`,
  );
  console.log(
    `\npersonal (goals: non-responders ≥1.0 wk8, ≥1.3 wk12, ≤0.5 flares; responders ≤5% over 1.2T, q/T ≥0.8)`,
  );
  console.log(`${header}  goal   learned noise / response (true sd / k)`);
  const classic: Summary[] = [];
  COHORTS.forEach((cohort, i) => {
    const s = runCohort(cohort, 'personal', people, seed, i);
    const miss = missed(cohort, s);
    const verdict = miss === null ? 'ok  ' : `FAIL (${miss})`;
    console.log(
      `${row(cohort, s)}  ${verdict}  ${s.noise.toFixed(2)} / ${s.response.toFixed(2)} (${cohort.sd} / ${cohort.k})`,
    );
    classic.push(runCohort(cohort, 'classic', people, seed, i));
  });
  console.log(`\nclassic (SPEC as written, for comparison)`);
  console.log(header);
  COHORTS.forEach((cohort, i) => {
    const s = classic[i];
    if (s !== undefined) console.log(row(cohort, s));
  });
  if (!extra) return;
  console.log(`\ngeneralisation cohorts (information: personal | classic; "below" marks a missed goal)`);
  console.log(`${header}   |  week8 wk12 flares  over%  q/T`);
  EXTRA.forEach((cohort, i) => {
    const p = runCohort(cohort, 'personal', people, seed, 100 + i);
    const c = runCohort(cohort, 'classic', people, seed, 100 + i);
    const note = missed(cohort, p) === null ? '' : '  below';
    console.log(
      `${row(cohort, p)}   | ${row(cohort, c).slice(39)}${note}  ${p.noise.toFixed(2)} / ${p.response.toFixed(2)}`,
    );
  });
}

main();
