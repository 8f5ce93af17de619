// A small history router: enough for a dozen screens, and no library in the first download.
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { useSyncExternalStore } from 'react';

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === currentPath()) return;
  if (options.replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  notify();
}

function currentPath(): string {
  return location.pathname + location.search;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current path and query, e.g. `/learn/hurt-and-harm`. */
export function useLocationPath(): string {
  return useSyncExternalStore(subscribe, currentPath);
}

export type Params = Record<string, string>;

/** Matches `/learn/:lesson` against `/learn/sleep` → `{ lesson: 'sleep' }`; null when it does not fit. */
export function matchPath(pattern: string, path: string): Params | null {
  const pathname = path.split('?')[0] ?? '';
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Params = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? '';
    const h = have[i] ?? '';
    if (w.startsWith(':')) params[w.slice(1)] = decodeURIComponent(h);
    else if (w !== h) return null;
  }
  return params;
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

/** An ordinary link that changes screens without reloading (modified clicks still open new tabs). */
export function Link({ to, onClick, ...rest }: LinkProps) {
  function handleClick(event: MouseEvent<HTMLAnchorElement>): void {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  }
  return <a href={to} onClick={handleClick} {...rest} />;
}

let navigations = 0;
subscribe(() => {
  navigations++;
});

/** True once the person has moved between screens (so focus should follow to the new heading). */
export function hasNavigated(): boolean {
  return navigations > 0;
}
