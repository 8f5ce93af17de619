// Loads data for a clinician screen: loading, ready (with a reload after a change) or failed.
import { type DependencyList, useCallback, useEffect, useState } from 'react';

export type Loaded<T> =
  | { state: 'loading'; reload: () => void }
  | { state: 'ready'; data: T; reload: () => void }
  | { state: 'failed'; error: unknown; reload: () => void };

export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): Loaded<T> {
  const [result, setResult] = useState<
    { state: 'loading' } | { state: 'ready'; data: T } | { state: 'failed'; error: unknown }
  >({ state: 'loading' });
  const [version, setVersion] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the load depends on
  const run = useCallback(load, deps);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version asks for the data again
  useEffect(() => {
    let current = true;
    run().then(
      (data) => current && setResult({ state: 'ready', data }),
      (error: unknown) => current && setResult({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [run, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...result, reload } as Loaded<T>;
}
