// The short lessons of SPEC §11, in reading order. Their text lives in i18n/<language>/lessons.json.

export const LESSON_IDS = [
  'hurt-and-harm',
  'smoke-alarm',
  'flares',
  'pacing',
  'small-start',
  'sleep',
  'your-clinician',
] as const;
export type LessonId = (typeof LESSON_IDS)[number];

export interface LessonText {
  title: string;
  summary: string;
  body: string[];
}

/** A slow, tired reader manages about 150 words a minute; every lesson stays within 2 minutes. */
export const WORDS_PER_MINUTE = 150;
export const MAX_LESSON_WORDS = 300;

export function lessonWords(lesson: LessonText): number {
  return [lesson.title, lesson.summary, ...lesson.body].join(' ').split(/\s+/).filter(Boolean).length;
}

export function readingMinutes(lesson: LessonText): number {
  return Math.max(1, Math.ceil(lessonWords(lesson) / WORDS_PER_MINUTE));
}

export function isLessonId(value: string | undefined): value is LessonId {
  return (LESSON_IDS as readonly (string | undefined)[]).includes(value);
}
