// Public surface of @steadily/core: the pain-aware dosing engine and its vocabulary.
export * from './types.ts';
