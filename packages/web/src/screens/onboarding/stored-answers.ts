// Answers given so far within one step (a questionnaire half done), kept on this device so the person
// can stop and go on later where they were. Cleared once the step is saved on the server.
import { useCallback, useState } from 'react';

function read<T>(key: string, initial: T): T {
  try {
    const saved = localStorage.getItem(key);
    return saved === null ? initial : (JSON.parse(saved) as T);
  } catch {
    return initial; // storage blocked or corrupt: start the step again
  }
}

export function useStoredAnswers<T>(key: string, initial: T): [T, (next: T) => void, () => void] {
  const [value, setValue] = useState<T>(() => read(key, initial));
  const save = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.setItem(key, JSON.stringify(next));
      } catch {
        // storage refused: the answers last while the screen is open
      }
    },
    [key],
  );
  const clear = useCallback(() => {
    try {
      localStorage.removeItem(key);
    } catch {
      // nothing stored
    }
  }, [key]);
  return [value, save, clear];
}
