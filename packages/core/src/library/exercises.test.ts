import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fernandezHuertaScore, fleschKincaidGrade } from '../readability.ts';
import { informalSpanish } from '../spanish-register.ts';
import type { Unit } from '../types.ts';
import { type BuiltInExercise, exerciseLibrary, findLibraryExercise, MODALITIES, REGIONS } from './index.ts';

const ILLUSTRATIONS = new URL('../../../web/public/exercises/', import.meta.url);
const DEFAULT_STEP: Record<Unit, number> = { minutes: 1, seconds: 5, reps: 1 };
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ids = exerciseLibrary.map((exercise) => exercise.id);
const each = it.each(exerciseLibrary.map((exercise) => [exercise.id, exercise] as const));

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim().length > 0);
}

function neighbours(exercise: BuiltInExercise): BuiltInExercise[] {
  return [exercise.easierId, exercise.harderId]
    .filter((id): id is string => id !== null)
    .map((id) => findLibraryExercise(id))
    .filter((found): found is BuiltInExercise => found !== undefined);
}

describe('exercise library: identity', () => {
  it('offers at least 80 exercises', () => {
    expect(exerciseLibrary.length).toBeGreaterThanOrEqual(80);
  });

  it('gives every exercise a unique kebab-case id', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
  });

  it('finds an exercise by id and nothing for an unknown id', () => {
    expect(findLibraryExercise('sit-to-stand')?.name.en).toBe('Sit to stand');
    expect(findLibraryExercise('no-such-exercise')).toBeUndefined();
  });
});

describe('exercise library: progressions', () => {
  each('%s links only to other exercises of the library, at least one way', (_id, exercise) => {
    expect(exercise.easierId !== null || exercise.harderId !== null).toBe(true);
    for (const link of [exercise.easierId, exercise.harderId]) {
      if (link === null) continue;
      expect(link).not.toBe(exercise.id);
      expect(ids).toContain(link);
    }
  });

  each('%s is the easier step of its harder one, and the harder step of its easier one', (_id, exercise) => {
    if (exercise.harderId !== null)
      expect(findLibraryExercise(exercise.harderId)?.easierId).toBe(exercise.id);
    if (exercise.easierId !== null)
      expect(findLibraryExercise(exercise.easierId)?.harderId).toBe(exercise.id);
  });

  each('%s progresses within its own region and modality', (_id, exercise) => {
    for (const next of neighbours(exercise)) {
      expect(next.region).toBe(exercise.region);
      expect(next.modality).toBe(exercise.modality);
    }
  });

  each('%s declares a difficulty level that rises along its progression', (_id, exercise) => {
    expect(Number.isInteger(exercise.level)).toBe(true);
    expect(exercise.level).toBeGreaterThanOrEqual(1);
    if (exercise.easierId === null) expect(exercise.level).toBe(1);
    const harder = exercise.harderId === null ? undefined : findLibraryExercise(exercise.harderId);
    if (harder !== undefined) expect(harder.level).toBe(exercise.level + 1);
  });

  it('keeps the gentler body positions at the easy end (lying or seated before kneeling or standing)', () => {
    // Spot checks of pairs that were once the wrong way round, or could easily be.
    const easierThan: [string, string][] = [
      ['child-pose', 'cat-camel'],
      ['seated-heel-raise', 'calf-raise'],
      ['calf-raise', 'single-leg-calf-raise'],
      ['single-leg-calf-raise', 'heel-drop'],
      ['wrist-extensor-hold', 'eccentric-wrist-extension'],
      ['kneeling-side-plank', 'side-plank'],
      ['high-wall-sit', 'wall-sit'],
      ['step-up', 'step-down'],
    ];
    for (const [easier, harder] of easierThan) {
      const a = findLibraryExercise(easier);
      const b = findLibraryExercise(harder);
      expect(a?.level, `${easier} before ${harder}`).toBeLessThan(b?.level ?? 0);
    }
  });

  each('following "harder" from %s ends without a cycle', (_id, exercise) => {
    const seen = new Set<string>([exercise.id]);
    let current: BuiltInExercise | undefined = exercise;
    while (current?.harderId) {
      expect(seen.has(current.harderId)).toBe(false);
      seen.add(current.harderId);
      current = findLibraryExercise(current.harderId);
    }
  });
});

describe('exercise library: dosing fields', () => {
  each('%s uses a known unit with its SPEC default step', (_id, exercise) => {
    expect(Object.keys(DEFAULT_STEP)).toContain(exercise.unit);
    expect(exercise.step).toBe(DEFAULT_STEP[exercise.unit]);
  });

  each('%s caps its quota at a positive multiple of the step', (_id, exercise) => {
    expect(exercise.maxQuota).toBeGreaterThan(0);
    expect(Number.isInteger(exercise.maxQuota / exercise.step)).toBe(true);
  });

  each('%s suggests between 1 and 7 sessions a week', (_id, exercise) => {
    expect(Number.isInteger(exercise.perWeekDefault)).toBe(true);
    expect(exercise.perWeekDefault).toBeGreaterThanOrEqual(1);
    expect(exercise.perWeekDefault).toBeLessThanOrEqual(7);
  });

  it('keeps aerobic work in minutes and within 60 minutes a session (ACSM)', () => {
    for (const exercise of exerciseLibrary.filter((e) => e.modality === 'aerobic')) {
      expect(exercise.unit).toBe('minutes');
      expect(exercise.maxQuota).toBeLessThanOrEqual(60);
    }
  });
});

describe('exercise library: coverage', () => {
  it('covers every modality', () => {
    for (const modality of MODALITIES) {
      expect(exerciseLibrary.some((exercise) => exercise.modality === modality)).toBe(true);
    }
  });

  // Balance and aerobic work are whole-body and leg matters: the arm and the upper back offer strength
  // and range only.
  const TWO_MODALITY_REGIONS: readonly string[] = ['elbow', 'wrist_hand', 'thoracic'];

  it.each(REGIONS.map((region) => [region]))('offers %s exercises of enough modalities', (region) => {
    const inRegion = exerciseLibrary.filter((e) => e.region === region);
    const modalities = new Set(inRegion.map((e) => e.modality));
    expect(modalities.size).toBeGreaterThanOrEqual(TWO_MODALITY_REGIONS.includes(region) ? 2 : 3);
    expect(inRegion.length).toBeGreaterThanOrEqual(5);
  });

  it('offers what a tendon or joint programme is built from', () => {
    // Silbernagel's Achilles model: calf raises on two feet, then one, then a slow heel drop.
    const named = [
      'calf-raise',
      'single-leg-calf-raise',
      'heel-drop',
      'wall-sit',
      'adductor-squeeze',
      'short-copenhagen',
      'side-lying-leg-lift',
      'wrist-extensor-hold',
      'eccentric-wrist-extension',
      'ball-squeeze',
      'tendon-glides',
      'open-book',
      'chair-back-arch',
      'side-plank',
      'pool-walk',
    ];
    for (const id of named) expect(findLibraryExercise(id), id).toBeDefined();
  });

  it('offers isometric holds in seconds, slow lowering (eccentric) work and pool work', () => {
    const holds = exerciseLibrary.filter((e) => e.modality === 'strength' && e.unit === 'seconds');
    expect(new Set(holds.map((e) => e.region)).size).toBeGreaterThanOrEqual(5);
    const eccentric = exerciseLibrary.filter((e) => /\bslow(ly)?\b.*\b(lower|drop)/i.test(e.instructions.en));
    expect(eccentric.length).toBeGreaterThanOrEqual(3);
    expect(exerciseLibrary.some((e) => e.modality === 'aerobic' && /\bpool\b/i.test(e.name.en))).toBe(true);
  });

  it('places most aerobic work in the whole body', () => {
    const aerobic = exerciseLibrary.filter((exercise) => exercise.modality === 'aerobic');
    const wholeBody = aerobic.filter((exercise) => exercise.region === 'whole_body');
    expect(wholeBody.length * 2).toBeGreaterThan(aerobic.length);
  });
});

describe('exercise library: words', () => {
  each('%s has a name and instructions in English and Spanish', (_id, exercise) => {
    for (const text of [exercise.name, exercise.instructions]) {
      expect(text.en.trim()).not.toBe('');
      expect(text.es.trim()).not.toBe('');
    }
  });

  each('%s gives 2 to 5 short sentences of instructions', (_id, exercise) => {
    for (const text of [exercise.instructions.en, exercise.instructions.es]) {
      expect(sentences(text).length).toBeGreaterThanOrEqual(2);
      expect(sentences(text).length).toBeLessThanOrEqual(5);
    }
  });

  each('%s says how to make it easier when it hurts more than usual', (_id, exercise) => {
    expect(exercise.instructions.en).toContain('If it hurts more than usual');
    expect(exercise.instructions.es).toContain('Si le duele más de lo normal');
  });

  each('%s speaks to the person as "usted" in Spanish, like the rest of the app', (_id, exercise) => {
    expect(informalSpanish(`${exercise.name.es}. ${exercise.instructions.es}`)).toEqual([]);
  });

  each('%s never promises a cure', (_id, exercise) => {
    const text = `${exercise.instructions.en} ${exercise.instructions.es}`;
    expect(text).not.toMatch(/\b(cure|heal|fix|repair|cura|curar|sana|sanar|arregla)/i);
  });

  each('%s reads at grade 7 or below in English (Flesch–Kincaid)', (_id, exercise) => {
    expect(fleschKincaidGrade(exercise.instructions.en)).toBeLessThanOrEqual(7);
  });

  each('%s reads as fairly easy in Spanish (Fernández-Huerta ≥ 70)', (_id, exercise) => {
    expect(fernandezHuertaScore(exercise.instructions.es)).toBeGreaterThanOrEqual(70);
  });
});

describe('exercise library: illustrations', () => {
  each('%s has its own small, titled, theme-coloured SVG', (id, exercise) => {
    expect(exercise.illustration).toBe(`${id}.svg`);
    const file = new URL(exercise.illustration, ILLUSTRATIONS);
    expect(existsSync(file)).toBe(true);
    expect(statSync(file).size).toBeLessThan(3 * 1024);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toContain('viewBox="0 0 200 200"');
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/<title>[^<]+<\/title>/);
    expect(svg).toContain('stroke="currentColor"');
    expect(svg).not.toMatch(/<text\b/);
    expect(svg).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
  });

  it('draws a different picture for every exercise', () => {
    const drawings = exerciseLibrary.map((exercise) =>
      readFileSync(new URL(exercise.illustration, ILLUSTRATIONS), 'utf8').replace(/<title>.*<\/title>/, ''),
    );
    expect(new Set(drawings).size).toBe(drawings.length);
  });
});
