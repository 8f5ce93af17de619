// The person's display preferences, kept on this device: text size, low-energy mode, language.
import { useSyncExternalStore } from 'react';
import { guessLanguage, isLanguage, type Language } from '../i18n/languages.ts';

export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export interface Preferences {
  textSize: TextSize;
  lowEnergy: boolean;
  language: Language;
}

const KEY = 'steadily.preferences';
const listeners = new Set<() => void>();
let current: Preferences = read();

function read(): Preferences {
  const fallback: Preferences = {
    textSize: 'normal',
    lowEnergy: false,
    language: guessLanguage(typeof navigator === 'undefined' ? [] : navigator.languages),
  };
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Preferences> | null;
    if (saved === null || typeof saved !== 'object') return fallback;
    return {
      textSize: TEXT_SIZES.includes(saved.textSize as TextSize)
        ? (saved.textSize as TextSize)
        : fallback.textSize,
      lowEnergy: saved.lowEnergy === true,
      language: isLanguage(saved.language) ? saved.language : fallback.language,
    };
  } catch {
    return fallback; // storage blocked or corrupt: start from the defaults
  }
}

export function getPreferences(): Preferences {
  return current;
}

export function updatePreferences(change: Partial<Preferences>): void {
  current = { ...current, ...change };
  try {
    localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Private mode may refuse storage: the choice still applies until the tab closes.
  }
  for (const listener of listeners) listener();
}

export function subscribePreferences(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePreferences(): Preferences {
  return useSyncExternalStore(subscribePreferences, getPreferences);
}

/** Mirrors the preferences on <html> so CSS and assistive technology follow them. */
export function applyPreferences(preferences: Preferences): void {
  const root = document.documentElement;
  root.dataset.textSize = preferences.textSize;
  root.dataset.lowEnergy = String(preferences.lowEnergy);
  root.lang = preferences.language;
}
