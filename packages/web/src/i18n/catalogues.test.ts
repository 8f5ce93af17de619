// Checks every message catalogue: both languages complete, nothing empty, and plain enough to read
// (SPEC §11: reading grade ≤ 7 — Flesch–Kincaid for English, Fernández-Huerta ≥ 70 for Spanish).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fernandezHuertaScore, fleschKincaidGrade, informalSpanish } from '@steadily/core';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages.ts';

/** Screens for clinicians are not held to the patient reading grade (they still need both languages). */
const NOT_PATIENT_FACING = new Set(['clinician']);
/** Reading formulas mean little on a two-word button: shorter strings are pooled per catalogue. */
const MIN_WORDS_ALONE = 10;
const MAX_GRADE_EN = 7;
const MIN_EASE_ES = 70;
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Strings = Map<string, string>;

function flatten(value: unknown, prefix: string, into: Strings): Strings {
  if (typeof value === 'string') into.set(prefix, value);
  else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) flatten(item, `${prefix}[${i}]`, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else into.set(prefix, String(value)); // numbers or booleans: caught by the type check below
  return into;
}

function load(language: string, namespace: string): Strings {
  const file = join(import.meta.dirname, language, `${namespace}.json`);
  return flatten(JSON.parse(readFileSync(file, 'utf8')), '', new Map());
}

function namespaces(language: string): string[] {
  return readdirSync(join(import.meta.dirname, language))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''))
    .sort();
}

function baseKeys(strings: Strings): string[] {
  return [...new Set([...strings.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')))].sort();
}

/** Placeholders read as a short number; a string without end punctuation is one sentence. */
function prose(text: string): string {
  const filled = text.replace(/\{\{[^}]+\}\}/g, '3').trim();
  return /[.!?…:]$/.test(filled) ? filled : `${filled}.`;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

const measures = {
  en: {
    score: fleschKincaidGrade,
    ok: (score: number) => score <= MAX_GRADE_EN,
    want: `grade ≤ ${MAX_GRADE_EN}`,
  },
  es: {
    score: fernandezHuertaScore,
    ok: (score: number) => score >= MIN_EASE_ES,
    want: `ease ≥ ${MIN_EASE_ES}`,
  },
} as const;

describe('message catalogues', () => {
  const reference = namespaces('en');

  it('exist for the same screens in every language', () => {
    for (const language of LANGUAGES) expect(namespaces(language)).toEqual(reference);
  });

  for (const namespace of reference) {
    it(`${namespace}: every language has the same keys`, () => {
      const keys = baseKeys(load('en', namespace));
      for (const language of LANGUAGES) expect(baseKeys(load(language, namespace))).toEqual(keys);
    });

    it(`${namespace}: no value is empty`, () => {
      for (const language of LANGUAGES) {
        const empty = [...load(language, namespace)].filter(([, text]) => text.trim() === '');
        expect(empty.map(([key]) => `${language}:${key}`)).toEqual([]);
      }
    });

    if (NOT_PATIENT_FACING.has(namespace)) continue;
    for (const language of LANGUAGES) {
      it(`${namespace} (${language}): plain enough to read`, () => {
        const measure = measures[language];
        const strings = [...load(language, namespace)];
        const failures: string[] = [];
        for (const [key, text] of strings.filter(([, t]) => wordCount(t) >= MIN_WORDS_ALONE)) {
          const score = measure.score(prose(text));
          if (!measure.ok(score)) failures.push(`${key}: ${score.toFixed(1)} (want ${measure.want})`);
        }
        const pooled = strings.filter(([, t]) => wordCount(t) < MIN_WORDS_ALONE).map(([, t]) => prose(t));
        if (pooled.length > 0) {
          const score = measure.score(pooled.join(' '));
          if (!measure.ok(score))
            failures.push(`short strings together: ${score.toFixed(1)} (want ${measure.want})`);
        }
        expect(failures).toEqual([]);
      });
    }

    it(`${namespace} (es): speaks to the person as "usted" throughout`, () => {
      const informal = [...load('es', namespace)]
        .map(([key, text]) => [key, informalSpanish(text).join(', ')])
        .filter(([, words]) => words !== '');
      expect(informal.map(([key, words]) => `${key}: ${words}`)).toEqual([]);
    });
  }
});
