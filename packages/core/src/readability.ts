// Reading-ease measures for patient-facing text (SPEC §11: reading grade ≤ 7).
// English: Flesch–Kincaid grade level. Spanish: Fernández-Huerta ease (≥ 70 reads as "fairly easy",
// roughly a 7th-grade text), in the corrected form used by textstat.

const SENTENCE_END = /[.!?¡¿…]+(?=\s|$)/g;

function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map(stripPunctuation)
    .filter((word) => word.length > 0);
}

function stripPunctuation(token: string): string {
  return token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

function sentenceCount(text: string): number {
  const ends = text.trim().match(SENTENCE_END)?.length ?? 0;
  const trailing = /[.!?…]\s*$/.test(text.trim()) ? 0 : 1;
  return Math.max(1, ends + trailing);
}

/** English syllables by vowel groups, with the usual silent-e and -ed/-es corrections. */
export function englishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 1; // numbers and symbols: read as one short word
  if (w.length <= 3) return 1;
  const trimmed = w
    .replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (m) => m[0] ?? '')
    .replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(1, groups);
}

const STRONG = 'aeoáéó';
const ACCENTED_WEAK = 'íú';
const VOWELS = 'aeiouáéíóúü';

/** Spanish syllables: vowel nuclei, splitting hiatus (two strong vowels, or an accented í/ú). */
export function spanishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  if (w.length === 0) return 1;
  let count = 0;
  let previous = '';
  for (let i = 0; i < w.length; i++) {
    const c = w[i] ?? '';
    const isVowel = VOWELS.includes(c) || (c === 'y' && i === w.length - 1 && VOWELS.includes(previous));
    if (isVowel) {
      const prevVowel = VOWELS.includes(previous);
      const hiatus =
        prevVowel &&
        ((STRONG.includes(c) && STRONG.includes(previous)) ||
          ACCENTED_WEAK.includes(c) ||
          ACCENTED_WEAK.includes(previous));
      if (!prevVowel || hiatus) count++;
    }
    previous = isVowel ? c : '';
  }
  return Math.max(1, count);
}

export function fleschKincaidGrade(text: string): number {
  const list = words(text);
  if (list.length === 0) return 0;
  const syllables = list.reduce((sum, word) => sum + englishSyllables(word), 0);
  return 0.39 * (list.length / sentenceCount(text)) + 11.8 * (syllables / list.length) - 15.59;
}

export function fernandezHuertaScore(text: string): number {
  const list = words(text);
  if (list.length === 0) return 100;
  const syllables = list.reduce((sum, word) => sum + spanishSyllables(word), 0);
  return 206.84 - 60 * (syllables / list.length) - 1.02 * (list.length / sentenceCount(text));
}
