// The person's display preferences: text size, low-energy mode, language. Kept on this device (so the
// app opens right, even offline) and, for a signed-in person, on their account (so every device agrees).
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
/** A change made on this device that the account has not taken yet: it wins over the account's copy. */
const PENDING_KEY = 'steadily.preferences.pending';
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

function pendingSync(): boolean {
  try {
    return localStorage.getItem(PENDING_KEY) === '1';
  } catch {
    return false;
  }
}

function setPendingSync(pending: boolean): void {
  try {
    if (pending) localStorage.setItem(PENDING_KEY, '1');
    else localStorage.removeItem(PENDING_KEY);
  } catch {
    // storage refused: the next sign-in may bring the account's older choice back
  }
}

export interface AccountPreferences {
  textSize?: TextSize | undefined;
  lowEnergy?: boolean | undefined;
  locale?: string | undefined;
}

type SaveToAccount = (change: AccountPreferences) => Promise<unknown>;

function saveAll(save: SaveToAccount): Promise<void> {
  setPendingSync(true);
  const { language, ...rest } = current;
  return save({ ...rest, locale: language }).then(
    () => setPendingSync(false),
    () => undefined, // offline or refused: tried again at the next change or start
  );
}

/**
 * At sign-in and each start: the account's choices apply, unless this device has a newer one the
 * account has not taken yet; that one is sent now.
 */
export function reconcilePreferences(account: AccountPreferences, save: SaveToAccount): void {
  if (pendingSync()) {
    void saveAll(save);
    return;
  }
  const change: Partial<Preferences> = {};
  if (account.textSize !== undefined && TEXT_SIZES.includes(account.textSize))
    change.textSize = account.textSize;
  if (account.lowEnergy !== undefined) change.lowEnergy = account.lowEnergy;
  if (isLanguage(account.locale)) change.language = account.locale;
  const same = Object.entries(change).every(([k, v]) => current[k as keyof Preferences] === v);
  if (!same) updatePreferences(change);
}

/**
 * A change the person makes: applied at once on this device, then saved to the account by `save`
 * (a PATCH). Until it is saved, this device's choice wins over the account's.
 */
export async function changePreferences(
  change: Partial<Preferences>,
  save: SaveToAccount | null,
): Promise<void> {
  updatePreferences(change);
  if (save !== null) await saveAll(save);
}

/** Mirrors the preferences on <html> so CSS and assistive technology follow them. */
export function applyPreferences(preferences: Preferences): void {
  const root = document.documentElement;
  root.dataset.textSize = preferences.textSize;
  root.dataset.lowEnergy = String(preferences.lowEnergy);
  root.lang = preferences.language;
}
