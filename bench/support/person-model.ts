// The public person model of issue 11, seeded: latent pain z_d = 0.4 z_{d−1} + sd·√(1 − 0.4²)·N(0,1);
// morning of day d = round(level + z_d + bump_{d−1}); at a session with quota q the bump is
// k·10·max(0, q/T − 1), peak = round(level + z + 0.6·bump + 0.6·N), after = round(level + z + 0.8·bump
// + 0.6·N); T starts at t·baseline and grows × 1.006 after each session with q ≥ 0.7 T, up to 3 × baseline.
// Variants (generalisation cohorts) change one thing each; with none, this is the model exactly.

export interface Variant {
  /** Student-t noise with this many degrees of freedom (scaled to the same SD) instead of normal. */
  tails?: number;
  /** Extra morning pain on weekend mornings (d mod 7 ∈ {5, 6}). */
  weekly?: number;
  /** Share of mornings not answered. */
  missMornings?: number;
  /** Change of level over the 84 days (points, linear). */
  trend?: number;
  /** Share of sessions stopped early at 50–90 % of the quota. */
  partial?: number;
}

export interface PersonSpec {
  level: number;
  sd: number;
  k: number;
  t: number;
}

export interface SessionOut {
  peak: number;
  after: number;
  done: number | 'quota';
  quota: number;
  tolerance: number;
}

export interface Person {
  trials: number[];
  baseline: number;
  /** Day d: the morning answer (null: none) and, at quota q, the session (null: a rest day). */
  day(d: number, quota: number): { morning: number | null; session: SessionOut | null };
  tolerance(): number;
}

/** mulberry32: small, fast, good enough for simulation. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (v: number) => Math.min(10, Math.max(0, Math.round(v)));

export function personModel(spec: PersonSpec, seed: number, variant: Variant = {}): Person {
  const random = rng(seed);
  const normal = () => {
    const u = Math.max(random(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const noise = () => {
    const df = variant.tails;
    if (df === undefined) return normal();
    let chi = 0;
    for (let i = 0; i < df; i++) chi += normal() ** 2;
    // Student t scaled to unit variance.
    return (normal() / Math.sqrt(chi / df)) * Math.sqrt((df - 2) / df);
  };
  const trials = [0, 1, 2].map(() => 8 + Math.floor(random() * 7));
  const baseline = [...trials].sort((a, b) => a - b)[1] ?? 0;
  let tolerance = spec.t * baseline;
  let z = 0;
  let previousBump = 0;
  const levelOn = (d: number) => spec.level + ((variant.trend ?? 0) * (d - 1)) / 83;
  return {
    trials,
    baseline,
    tolerance: () => tolerance,
    day(d, quota) {
      z = 0.4 * z + spec.sd * Math.sqrt(1 - 0.16) * noise();
      const level = levelOn(d) + (variant.weekly !== undefined && d % 7 >= 5 ? variant.weekly : 0);
      const answered = variant.missMornings === undefined || random() >= variant.missMornings;
      const morning = d >= 2 && answered ? clamp(level + z + previousBump) : null;
      previousBump = 0;
      if (d % 7 === 3 || d % 7 === 6) return { morning, session: null };
      let done: number | 'quota' = 'quota';
      let load = quota;
      if (variant.partial !== undefined && random() < variant.partial) {
        load = Math.max(1, Math.round(quota * (0.5 + 0.4 * random())));
        done = load;
      }
      const bump = spec.k * 10 * Math.max(0, load / tolerance - 1);
      const peak = clamp(level + z + 0.6 * bump + 0.6 * noise());
      const after = clamp(level + z + 0.8 * bump + 0.6 * noise());
      const session = { peak, after, done, quota, tolerance };
      previousBump = bump;
      if (quota >= 0.7 * tolerance) tolerance = Math.min(3 * baseline, tolerance * 1.006);
      return { morning, session };
    },
  };
}
