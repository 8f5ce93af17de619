// Build of the patient (and later clinician) app: React, an offline-first service worker, and a dev
// proxy to the API on :3000. The server serves dist/ at `/` in production.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { inlineShellCss } from './scripts/inline-css.ts';
import { precompress } from './scripts/precompress.ts';
import { manifest } from './src/app/manifest.ts';

// Reads a person needs when offline: today's plan, their session and settings, progress. Network-first,
// so fresh data wins whenever the network answers; the cache is cleared at sign-out.
const CACHED_READS =
  /\/api\/(?:auth\/me|patients\/[^/]+\/(?:today|programme|progress|notes|reminders))(?:\?|$)/;

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      registerType: 'autoUpdate',
      // Registered by src/main.tsx once the first screen is up, so precaching never slows the first load.
      injectRegister: false,
      manifest,
      includeAssets: ['icon.svg', 'apple-touch-icon.png'],
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // Reminders by web push: show them, and open the app on a tap.
        importScripts: ['push-sw.js'],
        // Take control on first visit, so the app works offline from then on (no second load needed).
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            urlPattern: CACHED_READS,
            method: 'GET',
            handler: 'NetworkFirst',
            options: {
              cacheName: 'steadily-api',
              networkTimeoutSeconds: 5,
              expiration: { maxEntries: 50, maxAgeSeconds: 14 * 24 * 3600 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
      },
    }),
    inlineShellCss(),
    precompress(),
  ],
  // The app is written against React's API; Preact's compat layer runs it in a tenth of the code
  // (issue 5: Lighthouse on a mid-range phone, initial JS ≤ 150 KB). Types stay @types/react.
  resolve: {
    alias: [
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
    ],
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
  preview: { proxy: { '/api': 'http://localhost:3000' } },
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      // core is pure (its lint rule): a module nothing uses is dropped, not kept for side effects.
      treeshake: { moduleSideEffects: (id: string) => !/packages[\\/]core[\\/]src[\\/]/.test(id) },
      output: {
        codeSplitting: {
          // The exercise library (over 90 exercises, two languages) only where it is shown, so Today's first
          // load does not carry it with the rest of core.
          groups: [{ name: 'exercise-library', test: /packages[\\/]core[\\/]src[\\/]library[\\/]/ }],
        },
      },
    },
  },
});
