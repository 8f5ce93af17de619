import { describe, expect, it } from 'vitest';
import {
  englishSyllables,
  fernandezHuertaScore,
  fleschKincaidGrade,
  spanishSyllables,
} from './readability.ts';

describe('englishSyllables', () => {
  it.each([
    ['walk', 1],
    ['walking', 2],
    ['exercise', 3],
    ['minutes', 2],
    ['settled', 2],
    ['recovery', 4],
    ['morning', 2],
  ])('counts %s as %i', (word, count) => {
    expect(englishSyllables(word)).toBe(count);
  });
});

describe('spanishSyllables', () => {
  it.each([
    ['caminar', 3],
    ['ejercicio', 4],
    ['dolor', 2],
    ['día', 2],
    ['mañana', 3],
    ['hoy', 1],
    ['paseo', 3],
  ])('counts %s as %i', (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });
});

describe('fleschKincaidGrade', () => {
  it('scores short plain sentences low', () => {
    expect(fleschKincaidGrade('You did well. Walk a bit more today.')).toBeLessThan(3);
  });

  it('scores long technical prose high', () => {
    const text =
      'Graded exposure methodologies demonstrate considerable heterogeneity regarding physiological ' +
      'adaptations, necessitating individualised prescription considering comorbidities and contraindications.';
    expect(fleschKincaidGrade(text)).toBeGreaterThan(16);
  });
});

describe('fernandezHuertaScore', () => {
  it('scores simple Spanish as easy', () => {
    expect(fernandezHuertaScore('Hoy caminas un poco más. Lo hiciste bien.')).toBeGreaterThan(80);
  });

  it('scores dense Spanish as hard', () => {
    const text =
      'La metodología de exposición graduada demuestra una considerable heterogeneidad respecto de las ' +
      'adaptaciones fisiológicas, lo que requiere una prescripción individualizada considerando comorbilidades.';
    expect(fernandezHuertaScore(text)).toBeLessThan(40);
  });
});
