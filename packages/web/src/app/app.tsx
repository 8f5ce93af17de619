// The app shell: skip link, header, the current screen, what is waiting to send, and the tab bar.
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BottomNav } from '../components/bottom-nav.tsx';
import { Icon } from '../components/icons.tsx';
import { OutboxStatus } from '../components/outbox-status.tsx';
import { Link, matchPath, navigate, useLocationPath } from './router.tsx';
import { NOT_FOUND, ROUTES } from './routes.ts';
import { useSession } from './session.tsx';

// Loaded only for clinicians (with the workspace's styles), never in a patient's first download.
const ClinicianNav = lazy(() =>
  import('../components/clinician-nav.tsx').then((m) => ({ default: m.ClinicianNav })),
);

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
  const clinician = signedIn && session.me.role === 'clinician';
  const home = clinician ? '/clinic' : '/today';
  let redirect: string | null = null;
  if (pathname === '/') redirect = signedIn ? home : '/start';
  for (const route of ROUTES) {
    const params = matchPath(route.path, path);
    if (params === null) continue;
    if (route.access === 'signed_in' && session.status === 'signed_out') {
      redirect = `/sign-in?next=${encodeURIComponent(path)}`;
    }
    if (route.access === 'signed_out' && signedIn) redirect = home;
    // The workspace is for clinicians; a person's own screens (Today, screening…) are not for them.
    const clinicPath = route.path.startsWith('/clinic');
    if (signedIn && route.access === 'signed_in' && clinicPath !== clinician) redirect = home;
    return { route, params, redirect, signedIn, clinician };
  }
  return { route: null, params: {}, redirect, signedIn, clinician };
}

export function App() {
  const { t } = useTranslation();
  const { session } = useSession();
  const { route, params, redirect, signedIn, clinician } = useCurrentScreen();

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
      <header className={clinician ? 'app-header wide' : 'app-header'}>
        <Link to="/" className="brand">
          <Icon name="logo" />
          {t('appName')}
        </Link>
        {clinician ? (
          <Suspense fallback={null}>
            <ClinicianNav />
          </Suspense>
        ) : null}
        {signedIn ? null : (
          <Link to="/settings" className="header-link">
            <Icon name="settings" />
            {t('nav.settings')}
          </Link>
        )}
      </header>
      <main id="main" className={clinician ? 'app-main wide clinic' : 'app-main'} tabIndex={-1}>
        {signedIn && !clinician ? <OutboxStatus /> : null}
        <Suspense fallback={<Loading />}>
          {waitForSession || redirect !== null ? <Loading /> : <Screen params={params} />}
        </Suspense>
      </main>
      {signedIn && !clinician ? <BottomNav /> : null}
    </>
  );
}
