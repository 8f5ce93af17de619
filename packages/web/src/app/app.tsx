// The app shell: skip link, header, the current screen, what is waiting to send, and the tab bar.
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BottomNav } from '../components/bottom-nav.tsx';
import { Icon } from '../components/icons.tsx';
import { OutboxStatus } from '../components/outbox-status.tsx';
import { Link, matchPath, navigate, useLocationPath } from './router.tsx';
import { NOT_FOUND, ROUTES } from './routes.ts';
import { useSession } from './session.tsx';

function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="muted">
      {t('loading')}
    </p>
  );
}

function useCurrentScreen() {
  const path = useLocationPath();
  const { session } = useSession();
  const pathname = path.split('?')[0] ?? '/';
  const signedIn = session.status === 'signed_in';
  let redirect: string | null = null;
  if (pathname === '/') redirect = signedIn ? '/today' : '/start';
  for (const route of ROUTES) {
    const params = matchPath(route.path, path);
    if (params === null) continue;
    if (route.access === 'signed_in' && session.status === 'signed_out') {
      redirect = `/sign-in?next=${encodeURIComponent(path)}`;
    }
    if (route.access === 'signed_out' && signedIn) redirect = '/today';
    return { route, params, redirect, signedIn };
  }
  return { route: null, params: {}, redirect, signedIn };
}

export function App() {
  const { t } = useTranslation();
  const { session } = useSession();
  const { route, params, redirect, signedIn } = useCurrentScreen();

  useEffect(() => {
    if (redirect !== null && session.status !== 'loading') navigate(redirect, { replace: true });
  }, [redirect, session.status]);

  const waitForSession = session.status === 'loading' && route?.access !== 'anyone';
  const Screen = route?.screen ?? NOT_FOUND;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          <Icon name="logo" />
          {t('appName')}
        </Link>
        {signedIn ? null : (
          <Link to="/settings" className="header-link">
            <Icon name="settings" />
            {t('nav.settings')}
          </Link>
        )}
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {signedIn ? <OutboxStatus /> : null}
        <Suspense fallback={<Loading />}>
          {waitForSession || redirect !== null ? <Loading /> : <Screen params={params} />}
        </Suspense>
      </main>
      {signedIn ? <BottomNav /> : null}
    </>
  );
}
