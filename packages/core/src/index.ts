// Public surface of @steadily/core: the pain-aware dosing engine and its vocabulary.

export {
  englishSyllables,
  fernandezHuertaScore,
  fleschKincaidGrade,
  spanishSyllables,
} from './readability.ts';
export * from './types.ts';
