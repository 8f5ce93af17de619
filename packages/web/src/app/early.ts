// Work a first visit starts before React draws, so the network is busy while the code runs: who is
// signed in, the current screen's code and words, and (for Today) the plan itself. Without this each
// waited for the one before (Lighthouse's critical request chain on a slow phone network).
import { getMe, type Me } from '../api/auth.ts';
import { prefetchToday } from '../api/today.ts';

let primed: Promise<Me | null> | null = null;

/** The current path's screen code and its message catalogue, fetched now instead of after sign-in. */
const SCREENS: { path: RegExp; namespaces: string[]; load: () => Promise<unknown> }[] = [
  {
    path: /^\/today$/,
    namespaces: ['today', 'notes'],
    load: () => import('../screens/today/today-screen.tsx'),
  },
];

export function startEarly(loadNamespaces: (namespaces: string[]) => Promise<unknown>): void {
  // "/" leads a signed-in person (remembered on this device by session.tsx) to Today.
  const remembered = (() => {
    try {
      return localStorage.getItem('steadily.me') !== null;
    } catch {
      return false;
    }
  })();
  const path = location.pathname === '/' && remembered ? '/today' : location.pathname;
  primed = getMe();
  const screen = SCREENS.find((s) => s.path.test(path));
  if (screen === undefined) return;
  void screen.load().catch(() => undefined); // a failure shows again, and is handled, when React loads it
  void loadNamespaces(screen.namespaces).catch(() => undefined);
  if (screen.namespaces.includes('today')) {
    void primed.then(
      (me) => (me === null || me.role !== 'patient' ? undefined : prefetchToday(me.id)),
      () => undefined,
    );
  }
}

/** The sign-in check started by startEarly (once), or a new one. */
export function takeMe(): Promise<Me | null> {
  const me = primed ?? getMe();
  primed = null;
  return me;
}
