import { existsSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fernandezHuertaScore, fleschKincaidGrade } from '../readability.ts';
import { informalSpanish } from '../spanish-register.ts';
import type { Unit } from '../types.ts';
import { exerciseLibrary, findLibraryExercise, type LibraryExercise, MODALITIES, REGIONS } from './index.ts';

const ILLUSTRATIONS = new URL('../../../web/public/exercises/', import.meta.url);
const DEFAULT_STEP: Record<Unit, number> = { minutes: 1, seconds: 5, reps: 1 };
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ids = exerciseLibrary.map((exercise) => exercise.id);
const each = it.each(exerciseLibrary.map((exercise) => [exercise.id, exercise] as const));

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.trim().length > 0);
}

function neighbours(exercise: LibraryExercise): LibraryExercise[] {
  return [exercise.easierId, exercise.harderId]
    .filter((id): id is string => id !== null)
    .map((id) => findLibraryExercise(id))
    .filter((found): found is LibraryExercise => found !== undefined);
}

describe('exercise library: identity', () => {
  it('offers at least 40 exercises', () => {
    expect(exerciseLibrary.length).toBeGreaterThanOrEqual(40);
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

  each('following "harder" from %s ends without a cycle', (_id, exercise) => {
    const seen = new Set<string>([exercise.id]);
    let current: LibraryExercise | undefined = exercise;
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

  it.each(REGIONS.map((region) => [region]))('offers %s exercises of at least 3 modalities', (region) => {
    const modalities = new Set(exerciseLibrary.filter((e) => e.region === region).map((e) => e.modality));
    expect(modalities.size).toBeGreaterThanOrEqual(3);
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
