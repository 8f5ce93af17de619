// Engine speed and memory: time per event and heap for a 1-month and a 5-year daily history, and
// the per-event cost of the server's path (resume from JSON, apply, snapshot to JSON).
// Run: npm run bench:engine. Both dosing models; each ends with its 5-year / 1-month per-event time ratio.
import { type DosingModel, type EngineEvent, resumeEngine, startEngine } from '@steadily/core';

let dosing: DosingModel = 'classic';
const profile = {
  get dosing() {
    return dosing;
  },
  referenceMorningPain: 4,
  exercises: [
    { id: 'walk', unit: 'minutes' as const, baseline: [20, 22, 21], maxQuota: 60 },
    { id: 'sit-to-stand', unit: 'reps' as const, baseline: [10, 12, 11], maxQuota: 30 },
    { id: 'calf-stretch', unit: 'seconds' as const, baseline: [40, 45, 50], maxQuota: 120 },
  ],
};

/** A realistic daily life: a morning most days, 2–3 sessions, a sore day now and then, a flare every ~9 weeks. */
function history(days: number): EngineEvent[] {
  const events: EngineEvent[] = [];
  let seed = 42;
  // A fixed linear congruential sequence, so every run measures the same history.
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  for (let day = 1; day <= days; day++) {
    if (random() < 0.9) events.push({ day, type: 'morning', pain: 3 + Math.floor(random() * 3) });
    if (day % 63 === 30) events.push({ day, type: 'flare' });
    for (const ex of profile.exercises) {
      if (random() < 0.25) continue;
      const sore = random() < 0.08;
      events.push({
        day,
        type: 'session',
        exercise: ex.id,
        done: 'quota',
        peak: sore ? 7 : 4,
        after: sore ? 6 : 3,
      });
    }
  }
  return events;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function heapMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

/** Time per event of whole runs over `events`, repeated until about `budget` events were applied. */
function timeRuns(events: EngineEvent[], budget: number): { perEvent: number; stateBytes: number } {
  const runs = Math.max(1, Math.round(budget / events.length));
  let stateBytes = 0;
  const start = process.hrtime.bigint();
  for (let run = 0; run < runs; run++) {
    const { engine } = startEngine(profile);
    for (const event of events) engine.apply(event);
    stateBytes = JSON.stringify(engine.snapshot()).length;
  }
  return { perEvent: Number(process.hrtime.bigint() - start) / (runs * events.length), stateBytes };
}

function serverPath(events: EngineEvent[]): number {
  // The state is stored as JSON and resumed for every event, as the server does.
  let json = JSON.stringify(startEngine(profile).engine.snapshot());
  const start = process.hrtime.bigint();
  for (const event of events) {
    const engine = resumeEngine(JSON.parse(json));
    engine.apply(event);
    json = JSON.stringify(engine.snapshot());
  }
  return Number(process.hrtime.bigint() - start) / events.length;
}

const histories = { '1 month': history(30), '5 years': history(5 * 365) };
for (const model of ['classic', 'personal'] as const) {
  dosing = model;
  console.log(`dosing: ${model}`);
  measure();
}

function measure(): void {
  const ROUNDS = 15;
  const BUDGET = 20_000; // events per round and history
  timeRuns(histories['5 years'], BUDGET); // warm up the JIT
  serverPath(histories['5 years']);
  const times: Record<string, number[]> = { '1 month': [], '5 years': [] };
  const states: Record<string, number> = {};
  // Interleaved rounds, so load from other processes falls on both histories alike.
  for (let round = 0; round < ROUNDS; round++) {
    for (const [label, events] of Object.entries(histories)) {
      const { perEvent, stateBytes } = timeRuns(events, BUDGET);
      times[label]?.push(perEvent);
      states[label] = stateBytes;
    }
  }
  const us = (ns: number) => (ns / 1000).toFixed(2);
  const result: Record<string, number> = {};
  for (const [label, events] of Object.entries(histories)) {
    const heapBefore = heapMb();
    const engines = Array.from({ length: 100 }, () => {
      const { engine } = startEngine(profile);
      for (const event of events) engine.apply(event);
      return engine;
    });
    const heapPerEngine = ((heapMb() - heapBefore) * 1024) / engines.length;
    result[label] = median(times[label] ?? []);
    console.log(
      `${label.padEnd(8)} ${String(events.length).padStart(5)} events  ${us(result[label] ?? 0)} µs/event ` +
        `(median of ${ROUNDS} rounds, min ${us(Math.min(...(times[label] ?? [])))})  ` +
        `${us(serverPath(events))} µs/event resumed from JSON  state ${((states[label] ?? 0) / 1024).toFixed(1)} KiB  ` +
        `heap ${heapPerEngine.toFixed(1)} KiB per live engine, ${heapMb().toFixed(1)} MiB in all`,
    );
  }
  console.log(
    `per-event time ratio 5y/1m: ${((result['5 years'] ?? 0) / (result['1 month'] ?? 1)).toFixed(2)}`,
  );
}
