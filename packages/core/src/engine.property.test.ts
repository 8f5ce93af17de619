// Engine invariants over random histories (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resumeEngine, startEngine } from './engine.ts';
import { stepFor } from './quota.ts';
import { type Scenario, type SimulatedDecision, simulate } from './simulate.ts';
import { calmScenarioArb as calmAny, scenarioArb as mixedAny, withDosing } from './testing/arbitraries.ts';
import type { DosingModel } from './types.ts';

const RUNS = { numRuns: 300 };

function stepOf(scenario: Scenario, id: string): number {
  const plan = scenario.exercises.find((e) => e.id === id);
  return plan === undefined ? 1 : stepFor(plan);
}

interface InForce {
  day: number;
  quota: number;
  flare: boolean;
}

/**
 * Walks the decisions in order and calls `visit` with each one and the quotas of its exercise set
 * before it (marked when in flare mode), rebuilt from the decisions alone.
 */
function walkTimelines(
  decisions: SimulatedDecision[],
  visit: (d: SimulatedDecision, before: InForce[]) => void,
) {
  const lines = new Map<string, InForce[]>();
  const inFlare = new Map<string, boolean>();
  for (const d of decisions) {
    const before = lines.get(d.exercise) ?? [];
    visit(d, before);
    if (d.action === 'flare') inFlare.set(d.exercise, true);
    if (d.reasonCode === 'rebuild_done') inFlare.set(d.exercise, false);
    before.push({ day: d.day, quota: d.quota, flare: inFlare.get(d.exercise) ?? false });
    lines.set(d.exercise, before);
  }
}

// Every invariant holds under both dosing models.
describe.each<DosingModel>(['classic', 'personal'])(
  'engine invariants (%s)',
  (dosing) => {
    const scenarioArb = withDosing(mixedAny, dosing);
    const calmScenarioArb = withDosing(calmAny, dosing);

    it('never sets a quota below one step, nor above maxQuota, and a flare quota is never zero', () => {
      fc.assert(
        fc.property(fc.oneof(calmScenarioArb, scenarioArb), (scenario) => {
          const out = simulate(scenario);
          for (const d of out.decisions) {
            const plan = scenario.exercises.find((e) => e.id === d.exercise);
            expect(d.quota).toBeGreaterThanOrEqual(stepOf(scenario, d.exercise) - 1e-9);
            if (plan?.maxQuota !== undefined) expect(d.quota).toBeLessThanOrEqual(plan.maxQuota + 1e-9);
            if (d.action === 'flare') expect(d.quota).toBeGreaterThan(0);
          }
        }),
        RUNS,
      );
    });

    it('never progresses more than max(+1 step, +30%) over any quota in force outside a flare in the 14 days before', () => {
      fc.assert(
        fc.property(fc.oneof(calmScenarioArb, scenarioArb), (scenario) => {
          walkTimelines(simulate(scenario).decisions, (d, before) => {
            if (d.action !== 'progress') return;
            const step = stepOf(scenario, d.exercise);
            before.forEach((entry, i) => {
              const next = before[i + 1];
              const inWindow = next === undefined || next.day >= d.day - 14;
              if (!inWindow || entry.flare) return;
              const cap = Math.floor(Math.max(entry.quota + step, 1.3 * entry.quota) / step + 1e-9) * step;
              expect(
                d.quota,
                `progress on day ${d.day} over ${entry.quota} of day ${entry.day}`,
              ).toBeLessThanOrEqual(cap + 1e-9);
            });
          });
        }),
        RUNS,
      );
    });

    it('never progresses in pacing mode', () => {
      fc.assert(
        fc.property(calmScenarioArb, (scenario) => {
          fc.pre(scenario.screening?.pem === true);
          expect(simulate(scenario).decisions.filter((d) => d.action === 'progress')).toEqual([]);
        }),
        { numRuns: 100 },
      );
    });

    it('takes no decision for an exercise after its pause, and none at all after a stop', () => {
      fc.assert(
        fc.property(scenarioArb, (scenario) => {
          const out = simulate(scenario);
          const stopAt = out.decisions.findIndex((d) => d.action === 'stop');
          if (stopAt >= 0) expect(out.decisions.slice(stopAt).every((d) => d.action === 'stop')).toBe(true);
          for (const [i, d] of out.decisions.entries()) {
            if (d.action !== 'pause') continue;
            expect(
              out.decisions.slice(i + 1).filter((x) => x.exercise === d.exercise && x.action !== 'stop'),
            ).toEqual([]);
          }
        }),
        RUNS,
      );
    });

    it('gives the same decisions when the same events are replayed', () => {
      fc.assert(
        fc.property(scenarioArb, (scenario) => {
          expect(simulate(structuredClone(scenario))).toEqual(simulate(scenario));
        }),
        { numRuns: 100 },
      );
    });

    it('gives the same future decisions after serialise → resume at any point', () => {
      fc.assert(
        fc.property(scenarioArb, fc.nat(), (scenario, cut) => {
          const profile = {
            dosing,
            referenceMorningPain: scenario.referenceMorningPain,
            exercises: scenario.exercises,
            screening: scenario.screening,
          };
          const split = scenario.events.length === 0 ? 0 : cut % scenario.events.length;
          const straight = startEngine(profile);
          const expected = scenario.events.flatMap((e) => straight.engine.apply(e).decisions);
          const first = startEngine(profile);
          const before = scenario.events.slice(0, split).flatMap((e) => first.engine.apply(e).decisions);
          const resumed = resumeEngine(JSON.parse(JSON.stringify(first.engine.snapshot())));
          const after = scenario.events.slice(split).flatMap((e) => resumed.apply(e).decisions);
          expect([...before, ...after]).toEqual(expected);
          expect(resumed.view()).toEqual(straight.engine.view());
        }),
        { numRuns: 150 },
      );
    });
    // Twice the runs (two models) on a shared 2-core machine: more room than the 5 s default.
  },
  60_000,
);
