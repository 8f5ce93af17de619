// Entry point: apply the saved preferences, load the language, then draw the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { startEarly } from './app/early.ts';
import { applyPreferences, getPreferences, subscribePreferences } from './app/preferences.ts';
import { SessionProvider } from './app/session.tsx';
import { startI18n } from './i18n/i18n.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';

const preferences = getPreferences();
applyPreferences(preferences);
const i18n = await startI18n(preferences.language);
startEarly((namespaces) => i18n.loadNamespaces(namespaces));
subscribePreferences(() => {
  const next = getPreferences();
  applyPreferences(next);
  if (i18n.language !== next.language) void i18n.changeLanguage(next.language);
});

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <SessionProvider>
      <App />
    </SessionProvider>
  </StrictMode>,
);

// The service worker (offline use, reminders) is registered once the first screen is up and the page
// has loaded: its precache of every screen then never competes with the first visit's own downloads.
if ('serviceWorker' in navigator) {
  const register = () =>
    setTimeout(
      () => void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined),
      3000,
    );
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
