// Public surface of the exercise library.

export { exerciseLibrary, findLibraryExercise } from './exercises.ts';
export type { LibraryExercise, LocalizedText, Modality, Region } from './types.ts';
export { MODALITIES, REGIONS } from './types.ts';
