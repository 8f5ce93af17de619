import { fernandezHuertaScore, fleschKincaidGrade } from '@steadily/core';
import { describe, expect, it } from 'vitest';
import { REMINDER_WORDS } from './reminder-message.ts';

describe('reminder words', () => {
  const en = REMINDER_WORDS.en;
  const es = REMINDER_WORDS.es;

  it('read at grade 7 or below in English', () => {
    for (const text of [en.after('walking'), en.morning, en.plan('walking 7 minutes')])
      expect(fleschKincaidGrade(text), text).toBeLessThanOrEqual(7);
  });

  it('read easily in Spanish (Fernández-Huerta 70 or more)', () => {
    for (const text of [es.after('caminar'), es.morning, es.plan('caminar 7 minutos')])
      expect(fernandezHuertaScore(text), text).toBeGreaterThanOrEqual(70);
  });
});
