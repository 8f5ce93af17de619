// Entry point: apply the saved preferences, load the language, then draw the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { applyPreferences, getPreferences, subscribePreferences } from './app/preferences.ts';
import { SessionProvider } from './app/session.tsx';
import { startI18n } from './i18n/i18n.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';

const preferences = getPreferences();
applyPreferences(preferences);
const i18n = await startI18n(preferences.language);
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
