// Browser tests against the real server (a fresh PGlite data dir on a free port, made and removed by
// e2e/support/start-server.ts), in Debian's Chromium.
import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

// Playwright loads this file again in every worker: the port is chosen once, in the runner, and handed
// on through the environment.
process.env.STEADILY_E2E_PORT ??= execFileSync(process.execPath, [
  '-e',
  "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
]).toString();
const port = Number(process.env.STEADILY_E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1, // two shared cores: one browser at a time
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    locale: 'en-GB',
    timezoneId: 'Europe/Madrid',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
      ],
    },
  },
  projects: [
    // The first account of the fresh server is its admin: made first, as a clinician (e2e/clinician).
    { name: 'setup', testMatch: /\.setup\.ts$/ },
    {
      name: 'patient',
      dependencies: ['setup'],
      testIgnore: 'clinician/**',
      use: { browserName: 'chromium', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
    },
    {
      name: 'clinician',
      dependencies: ['setup'],
      testMatch: 'clinician/**/*.spec.ts',
      use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    command: `node e2e/support/start-server.ts --port ${port}`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // start-server.ts stops the server and removes the data dir on SIGTERM.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
