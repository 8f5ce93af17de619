import { describe, expect, it } from 'vitest';
import en from '../../i18n/en/lessons.json' with { type: 'json' };
import es from '../../i18n/es/lessons.json' with { type: 'json' };
import { LESSON_IDS, type LessonText, lessonWords, MAX_LESSON_WORDS, readingMinutes } from './lessons.ts';

const catalogues: Record<string, Record<string, LessonText>> = { en, es };

describe('lessons', () => {
  for (const [language, lessons] of Object.entries(catalogues)) {
    it(`(${language}) has every lesson of SPEC §11, and no other`, () => {
      expect(Object.keys(lessons).sort()).toEqual([...LESSON_IDS].sort());
    });

    it(`(${language}) each takes 2 minutes or less to read`, () => {
      for (const id of LESSON_IDS) {
        const lesson = lessons[id] as LessonText;
        expect(lessonWords(lesson), id).toBeLessThanOrEqual(MAX_LESSON_WORDS);
        expect(readingMinutes(lesson), id).toBeLessThanOrEqual(2);
      }
    });
  }
});
