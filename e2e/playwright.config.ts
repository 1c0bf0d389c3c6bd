import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** E2E_PORT lets a second checkout run its own tests beside this one without reusing this server. */
const PORT = Number(process.env.E2E_PORT ?? 4321);
/** Debian's chromium when installed (this machine), otherwise Playwright's own browser. */
const debianChromium = '/usr/bin/chromium';

export default defineConfig({
  testDir: './journeys',
  outputDir: './test-results',
  forbidOnly: !!process.env.CI,
  // On CI, a test that fails is run once more and reported as flaky, so one hung browser page (seen once on
  // CI: a renderer that stopped answering for four minutes) does not block a landing; locally it fails at once.
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  fullyParallel: true,
  timeout: 240_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    trace: 'off',
    // An action that cannot complete in 30 s is stuck; fail it then rather than at the 4-minute test timeout.
    actionTimeout: 30_000,
    navigationTimeout: 30_000,
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(existsSync(debianChromium) ? { executablePath: debianChromium } : {}),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `npm run preview -- --host 127.0.0.1 --port ${PORT} --ignore-lock`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
