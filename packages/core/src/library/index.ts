// Public surface of the exercise library.

export { exerciseLibrary, findLibraryExercise } from './exercises.ts';
export type { BuiltInExercise, LibraryExercise, LocalizedText, Modality, Region } from './types.ts';
export { MODALITIES, REGIONS } from './types.ts';
