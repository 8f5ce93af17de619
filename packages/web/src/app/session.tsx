// Who is signed in. Remembered on the device so the app still opens offline on today's plan.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { saveAccountPreferences } from '../api/account.ts';
import type { Me } from '../api/auth.ts';
import { startOutbox } from '../offline/outbox.ts';
import { takeMe } from './early.ts';
import { reconcilePreferences } from './preferences.ts';

export type SessionState = { status: 'loading' } | { status: 'signed_out' } | { status: 'signed_in'; me: Me };

interface SessionContextValue {
  session: SessionState;
  setMe: (me: Me | null) => void;
}

const KEY = 'steadily.me';
const SessionContext = createContext<SessionContextValue | null>(null);

function remembered(): Me | null {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? 'null') as Me | null;
  } catch {
    return null;
  }
}

function remember(me: Me | null): void {
  try {
    if (me === null) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(me));
  } catch {
    // storage refused: the session still works while the tab is open
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>({ status: 'loading' });

  const setMe = useCallback((me: Me | null) => {
    if (me !== null) reconcilePreferences(me, saveAccountPreferences);
    remember(me);
    startOutbox(me?.id ?? null);
    setSession(me === null ? { status: 'signed_out' } : { status: 'signed_in', me });
  }, []);

  useEffect(() => {
    takeMe().then(setMe, () => {
      // Offline or the server is down: trust the last known person until the server says otherwise.
      const me = remembered();
      startOutbox(me?.id ?? null);
      setSession(me === null ? { status: 'signed_out' } : { status: 'signed_in', me });
    });
  }, [setMe]);

  const value = useMemo(() => ({ session, setMe }), [session, setMe]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession outside SessionProvider');
  return value;
}
